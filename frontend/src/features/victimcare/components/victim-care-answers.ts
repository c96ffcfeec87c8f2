// What each victim care form holds while it is filled in, the checks made before asking the server
// (the server's answer still counts), and the JSON the API is sent. Problems are keyed by the
// answer's JSON path, as the server names them; each form's fieldId says where that is on the page.
import type { FieldError } from '../../../lib/api-client';
import { dateProblem, todayIso, toIsoDate, type DateParts } from '../../../lib/dates';
import type {
  Advice,
  ClosureOutcome,
  ContactAttemptAnswers,
  ContactChannel,
  ContactOutcome,
  EnhancedRightsReason,
  FailedContactOutcome,
  PlannedContactAnswers,
  ProtectResource,
  Vulnerability,
} from '../api/referrals';
import type { ResourceStock } from '../api/resources';

const problem = (field: string, message: string): FieldError => ({ field, message });

const orNull = (text: string) => text.trim() || null;

type YesNo = '' | 'yes' | 'no';

const yes = (answer: YesNo) => answer === 'yes';

/** A date answer's errors link to its day box. */
export const dateFields =
  (...dates: string[]) =>
  (field: string) =>
    dates.includes(field) ? `${field}-day` : field;

// Contact rows: the contacts of a plan, in Task_ContactPlan and when the plan is changed

export interface ContactRowDraft {
  dueOn: DateParts;
  channel: string;
}

/** The element id of a contact row's answer, e.g. contacts-0-channel (a date's day box is contacts-0-dueOn-day). */
export const contactRowId = (index: number, name: 'dueOn' | 'channel') => `contacts-${index}-${name}`;

export function validateContactRows(rows: ContactRowDraft[], today = todayIso()): FieldError[] {
  if (rows.length === 0) return [problem('contacts', 'Add at least one contact to the plan')];
  return rows.flatMap((row, i) => {
    const errors: FieldError[] = [];
    const n = rows.length > 1 ? ` ${i + 1}` : '';
    const date = dateProblem(row.dueOn, `the date of contact${n}`);
    const iso = toIsoDate(row.dueOn);
    if (date) errors.push(problem(`contacts[${i}].dueOn`, date));
    else if (iso && iso < today)
      errors.push(problem(`contacts[${i}].dueOn`, `The date of contact${n} must be today or later`));
    if (!row.channel) errors.push(problem(`contacts[${i}].channel`, `Choose how contact${n} will be made`));
    return errors;
  });
}

export const contactRowsAnswers = (rows: ContactRowDraft[]): PlannedContactAnswers[] =>
  rows.map((row) => ({ dueOn: toIsoDate(row.dueOn), channel: (row.channel || null) as ContactChannel | null }));

/** Where a contact answer is on the page; the server may name a row's field, or the list as a whole. */
export function contactFieldId(field: string): string {
  const indexed = /^contacts\[(\d+)]\.(\w+)$/.exec(field);
  if (field === 'contacts') return `${contactRowId(0, 'dueOn')}-day`;
  if (!indexed) return field;
  const [index, name] = [Number(indexed[1]), indexed[2]];
  if (name === 'dueOn') return `${contactRowId(index, 'dueOn')}-day`;
  if (name === 'channel') return contactRowId(index, 'channel');
  return field;
}

// A failed attempt at first contact

export interface ContactAttemptDraft {
  outcome: string;
  notes: string;
}

export function validateContactAttempt({ outcome }: ContactAttemptDraft): FieldError[] {
  return outcome ? [] : [problem('outcome', 'Choose what happened when you tried to contact the victim')];
}

export const contactAttemptAnswers = (draft: ContactAttemptDraft, now = new Date()): ContactAttemptAnswers => ({
  attemptedAt: now.toISOString(),
  outcome: draft.outcome as FailedContactOutcome,
  notes: draft.notes.trim(),
});

// Changing the contact plan

export interface PlanChangeDraft {
  contacts: ContactRowDraft[];
  reason: string;
}

export function validatePlanChange(draft: PlanChangeDraft, today = todayIso()): FieldError[] {
  const errors = validateContactRows(draft.contacts, today);
  if (!draft.reason.trim()) errors.push(problem('reason', 'Say why the contact plan is changing'));
  return errors;
}

export const planChangeAnswers = (draft: PlanChangeDraft) => ({
  contacts: contactRowsAnswers(draft.contacts),
  reason: draft.reason.trim(),
});

export const planChangeFieldId = (field: string) => (field === 'reason' ? 'reason' : contactFieldId(field));

// Task_FirstContact

export const VULNERABILITY_KEYS: (keyof Vulnerability)[] = [
  'livesAlone',
  'healthOrCognitiveCondition',
  'stillInContactWithSuspect',
  'significantFinancialHardship',
  'lowDigitalConfidence',
];

export interface FirstContactDraft {
  contactedOn: DateParts;
  channel: string;
  wantsSupport: YesNo;
  vulnerability: string[];
  qualifies: YesNo;
  reasons: string[];
  explanation: string;
  consentToVictimSupport: YesNo;
  notes: string;
}

export function validateFirstContact(draft: FirstContactDraft, today = todayIso()): FieldError[] {
  const errors: FieldError[] = [];
  const date = dateProblem(draft.contactedOn, 'the date you spoke to the victim', { notInFuture: true, today });
  if (date) errors.push(problem('contactedOn', date));
  if (!draft.channel) errors.push(problem('channel', 'Choose how you reached the victim'));
  if (!draft.wantsSupport) errors.push(problem('wantsSupport', 'Choose whether the victim wants support'));
  if (!draft.qualifies)
    errors.push(problem('enhancedRights.qualifies', 'Choose whether the victim qualifies for enhanced rights'));
  if (draft.qualifies === 'yes') {
    if (draft.reasons.length === 0) {
      errors.push(problem('enhancedRights.reasons', 'Choose why the victim qualifies for enhanced rights'));
    }
    if (!draft.explanation.trim()) {
      errors.push(problem('enhancedRights.explanation', 'Explain why the victim qualifies for enhanced rights'));
    }
  }
  if (draft.wantsSupport === 'yes' && !draft.consentToVictimSupport) {
    errors.push(
      problem('consentToVictimSupport', 'Choose whether the victim consents to a referral to Victim Support'),
    );
  }
  return errors;
}

export function firstContactAnswers(draft: FirstContactDraft) {
  const qualifies = yes(draft.qualifies);
  return {
    contactedOn: toIsoDate(draft.contactedOn),
    channel: draft.channel || null,
    wantsSupport: draft.wantsSupport ? yes(draft.wantsSupport) : null,
    vulnerability: Object.fromEntries(
      VULNERABILITY_KEYS.map((key) => [key, draft.vulnerability.includes(key)]),
    ) as unknown as Vulnerability,
    enhancedRights: {
      qualifies: draft.qualifies ? qualifies : null,
      reasons: qualifies ? (draft.reasons as EnhancedRightsReason[]) : [],
      explanation: qualifies ? draft.explanation.trim() : null,
    },
    consentToVictimSupport: yes(draft.wantsSupport) && yes(draft.consentToVictimSupport),
    notes: orNull(draft.notes),
  };
}

/** Where a first contact answer is on the page. */
export function firstContactFieldId(field: string): string {
  if (field === 'contactedOn') return 'contactedOn-day';
  if (field.startsWith('vulnerability')) return 'vulnerability';
  if (field === 'enhancedRights' || field === 'enhancedRights.qualifies') return 'qualifies';
  if (field.startsWith('enhancedRights.reasons')) return 'reasons';
  if (field === 'enhancedRights.explanation') return 'explanation';
  return field;
}

// Task_ContactPlan

export interface ContactPlanDraft {
  contacts: ContactRowDraft[];
  notes: string;
}

export const validateContactPlan = (draft: ContactPlanDraft, today = todayIso()) =>
  validateContactRows(draft.contacts, today);

export const contactPlanAnswers = (draft: ContactPlanDraft) => ({
  contacts: contactRowsAnswers(draft.contacts),
  notes: orNull(draft.notes),
});

// Task_PlannedContact

export type ConsentAnswer = 'yes' | 'no' | 'notAsked';

export interface PlannedContactDraft {
  contactedOn: DateParts;
  outcome: string;
  advice: string[];
  resources: string[];
  consentToVictimSupport: ConsentAnswer;
  notes: string;
}

export const NO_CALL_BLOCKERS = 'No call blockers are left in stock';

export function validatePlannedContact(
  draft: PlannedContactDraft,
  stock: ResourceStock[] | undefined,
  today = todayIso(),
): FieldError[] {
  const errors: FieldError[] = [];
  const date = dateProblem(draft.contactedOn, 'the date of the contact', { notInFuture: true, today });
  if (date) errors.push(problem('contactedOn', date));
  if (!draft.outcome) errors.push(problem('outcome', 'Choose the outcome of the contact'));
  const callBlockers = stock?.find((s) => s.resource === 'CALL_BLOCKER');
  if (draft.resources.includes('CALL_BLOCKER') && callBlockers && callBlockers.inStock <= 0) {
    errors.push(problem('resources', NO_CALL_BLOCKERS));
  }
  return errors;
}

export const plannedContactAnswers = (draft: PlannedContactDraft) => ({
  contactedOn: toIsoDate(draft.contactedOn),
  outcome: (draft.outcome || null) as ContactOutcome | null,
  advice: draft.advice as Advice[],
  resources: draft.resources as ProtectResource[],
  consentToVictimSupport: draft.consentToVictimSupport === 'notAsked' ? null : draft.consentToVictimSupport === 'yes',
  notes: orNull(draft.notes),
});

export function plannedContactFieldId(field: string): string {
  if (field === 'contactedOn') return 'contactedOn-day';
  if (field.startsWith('advice')) return 'advice';
  if (field.startsWith('resources')) return 'resources';
  return field;
}

// Task_ReferToVictimSupport

export interface VictimSupportDraft {
  referredOn: DateParts;
  victimSupportReference: string;
  notes: string;
}

export function validateVictimSupport(draft: VictimSupportDraft, today = todayIso()): FieldError[] {
  const errors: FieldError[] = [];
  const date = dateProblem(draft.referredOn, 'the date of the referral', { notInFuture: true, today });
  if (date) errors.push(problem('referredOn', date));
  if (!draft.victimSupportReference.trim()) {
    errors.push(problem('victimSupportReference', 'Enter the reference Victim Support gave the referral'));
  }
  return errors;
}

export const victimSupportAnswers = (draft: VictimSupportDraft) => ({
  referredOn: toIsoDate(draft.referredOn),
  victimSupportReference: draft.victimSupportReference.trim(),
  notes: orNull(draft.notes),
});

// Task_RomanceQuestionnaire

export interface QuestionnaireDraft {
  outcome: string;
  completedOn: DateParts;
  notes: string;
}

export function validateQuestionnaire(draft: QuestionnaireDraft, today = todayIso()): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.outcome) errors.push(problem('outcome', 'Choose whether the victim completed the questionnaire'));
  const date = dateProblem(draft.completedOn, 'the date of the questionnaire', { notInFuture: true, today });
  if (date) errors.push(problem('completedOn', date));
  return errors;
}

export const questionnaireAnswers = (draft: QuestionnaireDraft) => ({
  outcome: draft.outcome || null,
  completedOn: toIsoDate(draft.completedOn),
  notes: orNull(draft.notes),
});

// Task_CloseReferral

export interface ClosureDraft {
  outcome: string;
  notes: string;
}

export const validateClosure = ({ outcome }: ClosureDraft): FieldError[] =>
  outcome ? [] : [problem('outcome', 'Choose the outcome the referral is closed with')];

export const closureAnswers = (draft: ClosureDraft) => ({
  outcome: (draft.outcome || null) as ClosureOutcome | null,
  notes: orNull(draft.notes),
});

// Task_UnableToContactReview

export interface UnableToContactDraft {
  decision: string;
  reason: string;
}

export function validateUnableToContact(draft: UnableToContactDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.decision) errors.push(problem('decision', 'Choose whether to try again or close the referral'));
  if (!draft.reason.trim()) errors.push(problem('reason', 'Give the reason for your decision'));
  return errors;
}

export const unableToContactAnswers = (draft: UnableToContactDraft) => ({
  decision: draft.decision || null,
  reason: draft.reason.trim(),
});
