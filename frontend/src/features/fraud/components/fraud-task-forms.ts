import type { TaskFormRegistry } from '../../../lib/task-form';
import { AcceptAllocationForm } from './accept-allocation-form';
import { ApproveFilingForm } from './approve-filing-form';
import { ApproveReturnForm } from './approve-return-form';
import { InvestigationPlanForm, planFieldId } from './investigation-plan-form';
import { needsAssessmentFieldId } from './needs-assessment';
import { ReassessNeedsForm } from './reassess-needs-form';
import { RecategoriseForm } from './recategorise-form';
import { RecordOutcomeForm } from './record-outcome-form';
import { ReviewAmendmentForm } from './review-amendment-form';
import { ReviewFiledCaseEventForm } from './review-filed-case-event-form';
import { TellVictimForm } from './tell-victim-form';
import { TriageForm } from './triage-form';

/** A date answer's errors link to its day box. */
const dateFields =
  (...dates: string[]) =>
  (field: string) =>
    dates.includes(field) ? `${field}-day` : field;

/** A victim update's answers: its dates link to their day boxes, an attempt's answers to its own fields. */
const tellVictimFieldId = (field: string) => {
  const attempt = /^attempts\[(\d+)\]\.(attemptedOn|method)$/.exec(field);
  if (attempt) return `attempts-${attempt[1]}-${attempt[2]}${attempt[2] === 'attemptedOn' ? '-day' : ''}`;
  const needs = /^needsAssessment\.(.+)$/.exec(field);
  if (needs) return needsAssessmentFieldId(needs[1]);
  return dateFields('toldOn', 'optedOutOn', 'assessedOn')(field);
};

/**
 * The form for each user task of processes/fraud-triage.bpmn, processes/amendment-review.bpmn,
 * processes/filed-case-event.bpmn and processes/monthly-outcome-return.bpmn.
 */
export const fraudTaskForms: TaskFormRegistry = {
  Task_Recategorise: { component: RecategoriseForm },
  Task_Triage: { component: TriageForm },
  Task_ApproveFiling: { component: ApproveFilingForm },
  Task_AcceptAllocation: { component: AcceptAllocationForm },
  Task_InvestigationPlan: { component: InvestigationPlanForm, fieldId: planFieldId },
  Task_RecordOutcome: { component: RecordOutcomeForm, fieldId: dateFields('outcomeDate') },
  Task_TellVictimNotInvestigated: { component: TellVictimForm, fieldId: tellVictimFieldId },
  Task_TellVictimOfficer: { component: TellVictimForm, fieldId: tellVictimFieldId },
  Task_TellVictimOfEvent: { component: TellVictimForm, fieldId: tellVictimFieldId },
  Task_TellVictimOfDecision: { component: TellVictimForm, fieldId: tellVictimFieldId },
  Task_OfferPersonalStatement: { component: TellVictimForm, fieldId: tellVictimFieldId },
  Task_OfferPersonalStatementOnCharge: { component: TellVictimForm, fieldId: tellVictimFieldId },
  Task_UpdateVictim: { component: TellVictimForm, fieldId: tellVictimFieldId },
  Task_ReviewAmendment: { component: ReviewAmendmentForm },
  Task_ReviewFiledCaseEvent: { component: ReviewFiledCaseEventForm },
  Task_ApproveReturn: { component: ApproveReturnForm },
  Task_ReassessNeeds: { component: ReassessNeedsForm, fieldId: needsAssessmentFieldId },
};
