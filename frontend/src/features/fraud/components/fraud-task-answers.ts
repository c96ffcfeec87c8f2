// What each fraud task form holds while it is filled in, the checks made before asking the server
// (the server's answer still counts), and the JSON answers each form completes its task with.
// Problems are keyed by the answer's JSON name, as the server names them.
import type { FieldError } from '../../../lib/api-client';
import { dateProblem, toIsoDate, type DateParts } from '../../../lib/dates';

/** The non-blank lines of a "one per line" textarea. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

const problem = (field: string, message: string): FieldError => ({ field, message });

// Task_Recategorise

export const NFIB_OTHER = 'NFIB90';

export function validateRecategorise({ nfibCode }: { nfibCode: string }): FieldError[] {
  if (!nfibCode) return [problem('nfibCode', 'Choose the fraud type')];
  if (nfibCode === NFIB_OTHER) return [problem('nfibCode', 'Choose a specific fraud type from the list')];
  return [];
}

// Task_Triage

export type TriageDecision = 'ALLOCATE_ECU' | 'ALLOCATE_AREA' | 'FILE' | 'RETURN_TO_NFIB';

export interface TriageDraft {
  linesOfEnquiry: string;
  priority: string;
  decision: string;
  officer: string;
  policingArea: string;
  filingRationale: string;
  filingOutcomeCode: string;
  nfibReturnReason: string;
  nfibReturnDetail: string;
}

/** Why a crime is not for this force; returned to the NFIB it is finalised with outcome 20. */
export const NFIB_RETURN_REASONS = [
  { value: 'VICTIM_AND_SUSPECT_OUTSIDE_FORCE', label: 'The victim and the suspect are outside the force area' },
  { value: 'ANOTHER_FORCE_INVESTIGATING', label: 'Another force is already investigating' },
  { value: 'DUPLICATE', label: 'It duplicates another report' },
  { value: 'NOT_A_CRIME', label: 'It is not a crime' },
  { value: 'OTHER', label: 'Another reason' },
];

/** Filed crimes are usually closed with outcome 18 (investigation complete, no suspect identified). */
export const SUGGESTED_FILING_OUTCOME = '18';

export const emptyTriage = (): TriageDraft => ({
  linesOfEnquiry: '',
  priority: '',
  decision: '',
  officer: '',
  policingArea: '',
  filingRationale: '',
  filingOutcomeCode: SUGGESTED_FILING_OUTCOME,
  nfibReturnReason: '',
  nfibReturnDetail: '',
});

export function validateTriage(draft: TriageDraft): FieldError[] {
  const errors: FieldError[] = [];
  const enquiries = lines(draft.linesOfEnquiry);
  const allocating = draft.decision === 'ALLOCATE_ECU' || draft.decision === 'ALLOCATE_AREA';
  if (allocating && enquiries.length === 0) {
    errors.push(problem('linesOfEnquiry', 'Allocation needs at least one reasonable line of enquiry'));
  }
  if (draft.decision === 'FILE' && enquiries.length > 0) {
    errors.push(
      problem('linesOfEnquiry', 'A crime with reasonable lines of enquiry cannot be filed; allocate it instead'),
    );
  }
  if (!draft.priority) errors.push(problem('priority', 'Choose a priority'));
  if (!draft.decision) errors.push(problem('decision', 'Choose a decision'));
  if (draft.decision === 'ALLOCATE_AREA' && !draft.policingArea) {
    errors.push(problem('policingArea', 'Choose the policing area to allocate to'));
  }
  if (draft.decision === 'FILE') {
    if (!draft.filingRationale.trim()) errors.push(problem('filingRationale', 'Give the rationale for filing'));
    if (!draft.filingOutcomeCode)
      errors.push(problem('filingOutcomeCode', 'Choose the outcome code the crime is filed with'));
  }
  if (draft.decision === 'RETURN_TO_NFIB') {
    if (!draft.nfibReturnReason) errors.push(problem('nfibReturnReason', 'Choose why the crime goes back to the NFIB'));
    if (!draft.nfibReturnDetail.trim()) errors.push(problem('nfibReturnDetail', 'Explain the return for the NFIB'));
  }
  return errors;
}

/** Only the answers the chosen decision asks for. */
export function triageAnswers(draft: TriageDraft) {
  const answers: Record<string, unknown> = {
    linesOfEnquiry: lines(draft.linesOfEnquiry),
    priority: draft.priority || null,
    decision: draft.decision || null,
  };
  if (draft.decision === 'ALLOCATE_ECU') answers.officer = draft.officer || null;
  if (draft.decision === 'ALLOCATE_AREA') answers.policingArea = draft.policingArea || null;
  if (draft.decision === 'FILE') {
    answers.filingRationale = draft.filingRationale.trim() || null;
    answers.filingOutcomeCode = draft.filingOutcomeCode || null;
  }
  if (draft.decision === 'RETURN_TO_NFIB') {
    answers.nfibReturnReason = draft.nfibReturnReason || null;
    answers.nfibReturnDetail = draft.nfibReturnDetail.trim() || null;
  }
  return answers;
}

// Task_ApproveFiling

export interface ApproveFilingDraft {
  approved: '' | 'yes' | 'no';
  comment: string;
}

export function validateApproveFiling({ approved, comment }: ApproveFilingDraft): FieldError[] {
  if (!approved) return [problem('approved', 'Choose whether to approve filing')];
  if (approved === 'no' && !comment.trim()) return [problem('comment', 'Say why the crime is sent back to triage')];
  return [];
}

export const approveFilingAnswers = ({ approved, comment }: ApproveFilingDraft) => ({
  approved: approved === 'yes',
  comment: approved === 'no' ? comment.trim() : undefined,
});

// Task_AcceptAllocation

export type AllocationDecision = '' | 'ACCEPT' | 'REFUSE';

export const REFUSAL_REASONS = [
  { value: 'NOT_IN_AREA', label: 'The crime is not in our area' },
  { value: 'NO_CAPACITY', label: 'We have no capacity to investigate it' },
  { value: 'NEEDS_SPECIALIST', label: 'It needs a specialist team' },
  { value: 'INSUFFICIENT_INFORMATION', label: 'There is not enough information to investigate' },
  { value: 'OTHER', label: 'Another reason' },
];

export interface AcceptAllocationDraft {
  decision: AllocationDecision;
  refusalCategory: string;
  refusalReason: string;
}

/** A refusal goes back to ECU triage, so the triage team must be told why. */
export function validateAcceptAllocation(draft: AcceptAllocationDraft): FieldError[] {
  if (!draft.decision) return [problem('decision', 'Choose whether your team accepts this crime')];
  if (draft.decision === 'ACCEPT') return [];
  const errors: FieldError[] = [];
  if (!draft.refusalCategory) errors.push(problem('refusalCategory', 'Choose why your team cannot take this crime'));
  if (!draft.refusalReason.trim()) errors.push(problem('refusalReason', 'Explain the refusal for the triage team'));
  return errors;
}

export const acceptAllocationAnswers = (draft: AcceptAllocationDraft) =>
  draft.decision === 'REFUSE'
    ? { decision: 'REFUSE', refusalCategory: draft.refusalCategory, refusalReason: draft.refusalReason.trim() }
    : { decision: 'ACCEPT' };

// Task_InvestigationPlan

export interface PlanActionDraft {
  description: string;
  owner: string;
  dueDate: DateParts;
}

export interface PlanDraft {
  additionalLinesOfEnquiry: string;
  actions: PlanActionDraft[];
}

export function validatePlan(draft: PlanDraft): FieldError[] {
  if (draft.actions.length === 0) return [problem('actions', 'Add at least one action')];
  return draft.actions.flatMap((action, i) => {
    const errors: FieldError[] = [];
    const n = draft.actions.length > 1 ? ` ${i + 1}` : '';
    if (!action.description.trim()) errors.push(problem(`actions[${i}].description`, `Describe action${n}`));
    if (!action.owner.trim()) errors.push(problem(`actions[${i}].owner`, `Say who owns action${n}`));
    const date = dateProblem(action.dueDate, `the date action${n} is due`);
    if (date) errors.push(problem(`actions[${i}].dueDate`, date));
    return errors;
  });
}

export function planAnswers(draft: PlanDraft) {
  const additional = lines(draft.additionalLinesOfEnquiry);
  return {
    additionalLinesOfEnquiry: additional.length > 0 ? additional : undefined,
    actions: draft.actions.map((a) => ({
      description: a.description.trim(),
      owner: a.owner.trim(),
      dueDate: toIsoDate(a.dueDate),
    })),
  };
}

// Task_RecordOutcome

export interface OutcomeDraft {
  outcomeCode: string;
  outcomeDate: DateParts;
}

export function validateOutcome(draft: OutcomeDraft, today?: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.outcomeCode) errors.push(problem('outcomeCode', 'Choose the outcome'));
  const date = dateProblem(draft.outcomeDate, 'the date of the outcome', { notInFuture: true, today });
  if (date) errors.push(problem('outcomeDate', date));
  return errors;
}

export const outcomeAnswers = (draft: OutcomeDraft) => ({
  outcomeCode: draft.outcomeCode,
  outcomeDate: toIsoDate(draft.outcomeDate),
});

// Task_TellVictimNotInvestigated, Task_TellVictimOfficer, Task_TellVictimOfEvent

export type ContactMethod = 'PHONE' | 'VISIT' | 'EMAIL' | 'LETTER';

export type TellVictimOutcome = 'TOLD' | 'COULD_NOT_REACH' | 'VICTIM_OPTED_OUT';

export interface ContactAttemptDraft {
  attemptedOn: DateParts;
  method: string;
}

export interface TellVictimDraft {
  outcome: '' | TellVictimOutcome;
  toldOn: DateParts;
  method: string;
  supportOffered: '' | 'yes' | 'no';
  attempts: ContactAttemptDraft[];
  optedOutOn: DateParts;
  notes: string;
}

/**
 * Told: when and how (and, when the crime is not investigated, whether support was offered). Not reached: each
 * attempt. Opted out: the day the victim asked for no more updates, unless the case already records it.
 */
export function validateTellVictim(
  draft: TellVictimDraft,
  supportQuestionAsked: boolean,
  today?: string,
  optOutRecorded = false,
): FieldError[] {
  const errors: FieldError[] = [];
  const outcome = draft.outcome || 'TOLD';
  if (outcome === 'TOLD') {
    const date = dateProblem(draft.toldOn, 'the date the victim was told', { notInFuture: true, today });
    if (date) errors.push(problem('toldOn', date));
    if (!draft.method) errors.push(problem('method', 'Choose how the victim was told'));
    if (supportQuestionAsked && !draft.supportOffered) {
      errors.push(problem('supportOffered', 'Say whether a referral to support was offered'));
    }
  } else if (outcome === 'COULD_NOT_REACH') {
    if (draft.attempts.length === 0) errors.push(problem('attempts', 'Record each attempt to reach the victim'));
    draft.attempts.forEach((a, i) => {
      const date = dateProblem(a.attemptedOn, 'the date of the attempt', { notInFuture: true, today });
      if (date) errors.push(problem(`attempts[${i}].attemptedOn`, date));
      if (!a.method) errors.push(problem(`attempts[${i}].method`, 'Choose how the victim was contacted'));
    });
  } else if (!optOutRecorded) {
    const date = dateProblem(draft.optedOutOn, 'the date the victim opted out', { notInFuture: true, today });
    if (date) errors.push(problem('optedOutOn', date));
  }
  return errors;
}

export function tellVictimAnswers(draft: TellVictimDraft) {
  const outcome = draft.outcome || 'TOLD';
  const notes = draft.notes.trim() || undefined;
  if (outcome === 'COULD_NOT_REACH') {
    return {
      outcome,
      attempts: draft.attempts.map((a) => ({ attemptedOn: toIsoDate(a.attemptedOn), method: a.method })),
      notes,
    };
  }
  if (outcome === 'VICTIM_OPTED_OUT') {
    const day = toIsoDate(draft.optedOutOn);
    return { outcome, optedOutOn: day || undefined, notes };
  }
  return {
    outcome,
    toldOn: toIsoDate(draft.toldOn),
    method: draft.method,
    supportOffered: draft.supportOffered ? draft.supportOffered === 'yes' : undefined,
    notes,
  };
}

// Task_ReviewAmendment

export function validateReviewAmendment({ reviewed }: { reviewed: boolean }): FieldError[] {
  return reviewed ? [] : [problem('reviewed', 'Confirm you have reviewed the amendment')];
}

// Task_ReviewFiledCaseEvent (processes/filed-case-event.bpmn)

export interface ReviewFiledCaseEventDraft {
  decision: '' | 'KEEP_FILED' | 'REOPEN';
  reason: string;
}

export function validateReviewFiledCaseEvent({ decision, reason }: ReviewFiledCaseEventDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!decision) errors.push(problem('decision', 'Choose whether to keep the case filed or reopen it'));
  if (!reason.trim()) errors.push(problem('reason', 'Say why'));
  else if (reason.trim().length > 4000) errors.push(problem('reason', 'The reason must be 4,000 characters or fewer'));
  return errors;
}

export const reviewFiledCaseEventAnswers = ({ decision, reason }: ReviewFiledCaseEventDraft) => ({
  decision,
  reason: reason.trim(),
});

// Task_ApproveReturn (processes/monthly-outcome-return.bpmn)

export interface ApproveReturnDraft {
  approved: '' | 'yes' | 'no';
  comment: string;
}

export function validateApproveReturn({ approved, comment }: ApproveReturnDraft): FieldError[] {
  if (!approved) return [problem('approved', 'Choose whether to approve the return')];
  if (approved === 'no' && !comment.trim()) {
    return [problem('comment', 'Say what needs correcting before the return is rebuilt')];
  }
  return [];
}

export const approveReturnAnswers = ({ approved, comment }: ApproveReturnDraft) => ({
  approved: approved === 'yes',
  comment: approved === 'no' ? comment.trim() : undefined,
});

/** The month (YYYY-MM) of a return's process, from its case reference "outcome-return-YYYY-MM"; null otherwise. */
export function returnMonthOf(caseReference: string | null | undefined): string | null {
  const match = /^outcome-return-(\d{4}-(0[1-9]|1[0-2]))$/.exec(caseReference ?? '');
  return match ? match[1] : null;
}
