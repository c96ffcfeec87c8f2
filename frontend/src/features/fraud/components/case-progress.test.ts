import { describe, expect, it } from 'vitest';
import { ACTIVE_MARKER, caseProgress, COMPLETED_MARKER, diagramElements } from './case-progress';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1">
  <bpmn:process id="fraud-triage" name="Fraud triage">
    <bpmn:startEvent id="StartEvent_DisseminationReceived" name="Dissemination received" />
    <bpmn:exclusiveGateway id="Gateway_ReadyForTriage" />
    <bpmn:userTask id="Task_Triage" name="Triage dissemination" />
    <bpmn:exclusiveGateway id="Gateway_TriageDecision" name="Decision?" />
    <bpmn:userTask id="Task_InvestigationPlan" name="Write investigation&#10;plan" />
    <bpmn:userTask id="Task_TellVictimOfficer" name="Tell victim who is investigating" />
    <bpmn:sequenceFlow id="Flow_Triaged" sourceRef="Task_Triage" targetRef="Gateway_TriageDecision" />
  </bpmn:process>
</bpmn:definitions>`;

describe('diagramElements', () => {
  it('names each element of the model by id, on one line', () => {
    const elements = diagramElements(XML);
    expect(elements.get('Task_InvestigationPlan')).toEqual({ name: 'Write investigation plan', type: 'userTask' });
    expect(elements.get('Gateway_TriageDecision')?.type).toBe('exclusiveGateway');
    expect(elements.has('Gateway_ReadyForTriage')).toBe(false);
  });
});

describe('caseProgress', () => {
  const elements = diagramElements(XML);

  it('marks finished and current activities and says the same in words, without gateways', () => {
    const progress = caseProgress(
      {
        bpmnXml: XML,
        completedActivityIds: [
          'StartEvent_DisseminationReceived',
          'Gateway_ReadyForTriage',
          'Task_Triage',
          'Gateway_TriageDecision',
        ],
        activeActivityIds: ['Task_InvestigationPlan', 'Task_TellVictimOfficer'],
      },
      elements,
    );

    expect(progress.markers).toEqual([
      { id: 'StartEvent_DisseminationReceived', marker: COMPLETED_MARKER },
      { id: 'Gateway_ReadyForTriage', marker: COMPLETED_MARKER },
      { id: 'Task_Triage', marker: COMPLETED_MARKER },
      { id: 'Gateway_TriageDecision', marker: COMPLETED_MARKER },
      { id: 'Task_InvestigationPlan', marker: ACTIVE_MARKER },
      { id: 'Task_TellVictimOfficer', marker: ACTIVE_MARKER },
    ]);
    expect(progress.current).toEqual(['Write investigation plan', 'Tell victim who is investigating']);
    expect(progress.completed).toEqual(['Dissemination received', 'Triage dissemination']);
    expect(progress.summary).toBe(
      'Where the case stands: current: Write investigation plan; Tell victim who is investigating; ' +
        'completed: Dissemination received; Triage dissemination.',
    );
  });

  it('counts a step the case is back in (triage after a refused filing) as current only', () => {
    const progress = caseProgress(
      {
        bpmnXml: XML,
        completedActivityIds: ['StartEvent_DisseminationReceived', 'Task_Triage'],
        activeActivityIds: ['Task_Triage'],
      },
      elements,
    );

    expect(progress.markers.filter((m) => m.id === 'Task_Triage')).toEqual([
      { id: 'Task_Triage', marker: ACTIVE_MARKER },
    ]);
    expect(progress.current).toEqual(['Triage dissemination']);
    expect(progress.completed).toEqual(['Dissemination received']);
  });

  it('says when the process has ended and nothing is current', () => {
    const progress = caseProgress(
      { bpmnXml: XML, completedActivityIds: ['StartEvent_DisseminationReceived'], activeActivityIds: [] },
      elements,
    );

    expect(progress.summary).toBe(
      'Where the case stands: current: none, the process has ended; completed: Dissemination received.',
    );
  });

  it('leaves out ids the model does not name rather than showing them', () => {
    const progress = caseProgress(
      { bpmnXml: XML, completedActivityIds: ['Unknown_Step'], activeActivityIds: [] },
      elements,
    );

    expect(progress.completed).toEqual([]);
    expect(progress.summary).toContain('completed: none');
  });
});
