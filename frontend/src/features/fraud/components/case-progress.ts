// Where a case stands, worked out from the diagram API's answer: which diagram elements to mark and the
// same facts in words, for everyone who cannot see the canvas. Kept apart from bpmn-js so it is testable.
import type { CaseDiagram } from '../api/fraud-cases';

export const COMPLETED_MARKER = 'app-bpmn--completed';
export const ACTIVE_MARKER = 'app-bpmn--active';

export interface DiagramElement {
  name: string;
  /** the BPMN element's local name, e.g. userTask, exclusiveGateway */
  type: string;
}

export interface DiagramMarker {
  id: string;
  marker: typeof COMPLETED_MARKER | typeof ACTIVE_MARKER;
}

export interface CaseProgress {
  markers: DiagramMarker[];
  /** names of the steps the case waits in now */
  current: string[];
  /** names of the steps it has finished, in the order it reached them */
  completed: string[];
  /** the text alternative of the diagram */
  summary: string;
}

/** The named elements of a BPMN model by id; names written over several lines in the modeller become one line. */
export function diagramElements(bpmnXml: string): Map<string, DiagramElement> {
  const elements = new Map<string, DiagramElement>();
  const model = new DOMParser().parseFromString(bpmnXml, 'application/xml');
  for (const element of Array.from(model.getElementsByTagName('*'))) {
    const id = element.getAttribute('id');
    const name = element.getAttribute('name')?.replace(/\s+/g, ' ').trim();
    if (id && name) elements.set(id, { name, type: element.localName });
  }
  return elements;
}

// Gateways are the model's routing, not steps anyone took; they are marked but not listed.
const isStep = (element: DiagramElement | undefined): element is DiagramElement =>
  element !== undefined && !element.type.endsWith('Gateway');

function names(ids: string[], elements: Map<string, DiagramElement>): string[] {
  const found = ids
    .map((id) => elements.get(id))
    .filter(isStep)
    .map((e) => e.name);
  return [...new Set(found)];
}

const list = (items: string[]) => (items.length > 0 ? items.join('; ') : 'none');

/** What to mark on the diagram and what to say instead of it; a step being done again counts as current. */
export function caseProgress(diagram: CaseDiagram, elements: Map<string, DiagramElement>): CaseProgress {
  const active = new Set(diagram.activeActivityIds);
  const completedIds = diagram.completedActivityIds.filter((id) => !active.has(id));
  const markers: DiagramMarker[] = [
    ...completedIds.map((id) => ({ id, marker: COMPLETED_MARKER }) as const),
    ...[...active].map((id) => ({ id, marker: ACTIVE_MARKER }) as const),
  ];
  const current = names([...active], elements);
  const completed = names(completedIds, elements);
  const now = current.length > 0 ? `current: ${list(current)}` : 'current: none, the process has ended';
  return { markers, current, completed, summary: `Where the case stands: ${now}; completed: ${list(completed)}.` };
}
