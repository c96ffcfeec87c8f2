// The codes the victim care API speaks, in the unit's own words.
import type {
  Advice,
  ClosureOutcome,
  ContactChannel,
  ContactOutcome,
  ContactStatus,
  EnhancedRightsReason,
  FailedContactOutcome,
  ProtectResource,
  ReferralStage,
  ScreeningReason,
  SupportLevel,
  Vulnerability,
} from '../api/referrals';

/** A code's words, or the code itself when it is new to this page. */
export const inWords = <K extends string>(labels: Record<K, string>, code: K | string | null | undefined): string =>
  code ? ((labels as Record<string, string>)[code] ?? code) : '—';

export const SCREENING_REASONS: Record<ScreeningReason, string> = {
  ROMANCE_FRAUD: 'Victim of romance fraud',
  AGED_70_OR_OVER: 'Aged 70 or over',
  NDM_SCORE_AT_OR_ABOVE_THRESHOLD: 'NDM score at or above the threshold',
  REPEAT_VICTIM: 'Repeat victim',
};

/** Short column headings for the statistics tables. */
export const SCREENING_REASON_HEADINGS: Record<ScreeningReason, string> = {
  ROMANCE_FRAUD: 'Romance fraud',
  AGED_70_OR_OVER: 'Aged 70 or over',
  NDM_SCORE_AT_OR_ABOVE_THRESHOLD: 'High NDM score',
  REPEAT_VICTIM: 'Repeat victim',
};

export const STAGES: Record<ReferralStage, string> = {
  AWAITING_FIRST_CONTACT: 'Awaiting first contact',
  UNABLE_TO_CONTACT_REVIEW: 'Unable to contact: with a supervisor',
  ASSESSED: 'Assessed',
  CONTACT_PLAN_AGREED: 'Contact plan agreed',
  CLOSED: 'Closed',
};

const STAGE_COLOURS: Record<ReferralStage, string> = {
  AWAITING_FIRST_CONTACT: 'govuk-tag--blue',
  UNABLE_TO_CONTACT_REVIEW: 'govuk-tag--orange',
  ASSESSED: 'govuk-tag--turquoise',
  CONTACT_PLAN_AGREED: 'govuk-tag--green',
  CLOSED: 'govuk-tag--grey',
};

export const stageTagClass = (stage: ReferralStage) => `govuk-tag ${STAGE_COLOURS[stage] ?? 'govuk-tag--grey'}`;

export const CHANNELS: Record<ContactChannel, string> = {
  PHONE: 'Phone',
  VISIT: 'Visit',
  EMAIL: 'Email',
  LETTER: 'Letter',
};

export const FAILED_CONTACT_OUTCOMES: Record<FailedContactOutcome, string> = {
  NO_ANSWER: 'No answer',
  WRONG_NUMBER: 'Wrong number',
  VOICEMAIL_LEFT: 'Voicemail left',
};

export const CONTACT_OUTCOMES: Record<ContactOutcome, string> = {
  CONTACTED: 'Spoke to the victim',
  NO_ANSWER: 'No answer',
  DECLINED: 'The victim declined the contact',
  OPTED_OUT: 'The victim opted out of further contact',
};

/** What the contact form offers: a call with no answer is logged as a failed attempt, not as the contact. */
export const CONTACT_FORM_OUTCOMES: Partial<Record<ContactOutcome, string>> = {
  CONTACTED: CONTACT_OUTCOMES.CONTACTED,
  DECLINED: CONTACT_OUTCOMES.DECLINED,
  OPTED_OUT: 'The victim opted out of further contact (closes the referral)',
};

export const ADVICE: Record<Advice, string> = {
  BANKING_SAFEGUARDING: 'Banking and financial safeguarding',
  INTERNET_SAFETY: 'Internet safety',
  LASTING_POWER_OF_ATTORNEY: 'Lasting Power of Attorney',
  BANKING_PROTOCOL: 'Banking Protocol',
  SCAM_TRENDS: 'Current fraud and scam trends',
};

export const RESOURCES: Record<ProtectResource, string> = {
  PROTECT_BOOKLET: 'Protect booklet',
  CALL_BLOCKER: 'Call blocker',
};

export const SUPPORT_LEVELS: Record<SupportLevel, string> = {
  STANDARD: 'Standard',
  ENHANCED: 'Enhanced',
  INTENSIVE: 'Intensive',
};

export const ENHANCED_RIGHTS_REASONS: Record<EnhancedRightsReason, string> = {
  PERSISTENTLY_TARGETED: 'Persistently targeted',
  VULNERABLE: 'Vulnerable',
  INTIMIDATED: 'Intimidated',
};

export const ENHANCED_RIGHTS_HINTS: Record<EnhancedRightsReason, string> = {
  PERSISTENTLY_TARGETED: 'Targeted repeatedly, for example a repeat victim',
  VULNERABLE: 'For example a health or cognitive condition that affects how they take part',
  INTIMIDATED: 'Afraid or distressed about the suspect, for example still in contact with them',
};

export const VULNERABILITY_QUESTIONS: Record<keyof Vulnerability, string> = {
  livesAlone: 'Lives alone',
  healthOrCognitiveCondition: 'Has a health or cognitive condition',
  stillInContactWithSuspect: 'Still in contact with the suspect',
  significantFinancialHardship: 'In significant financial hardship because of the fraud',
  lowDigitalConfidence: 'Has low confidence online',
};

export const CLOSURE_OUTCOMES: Record<ClosureOutcome, string> = {
  SUPPORT_COMPLETED: 'Support completed',
  DECLINED_SUPPORT: 'Declined support',
  UNABLE_TO_CONTACT: 'Unable to contact',
  REFERRED_ON: 'Referred on',
  WITHDRAWN: 'Victim withdrew from support',
  OPTED_OUT: 'Victim opted out of contact',
};

/** What the close form offers: a withdrawal or opt-out is recorded from the referral's page, with its date. */
export const CLOSE_FORM_OUTCOMES: Partial<Record<ClosureOutcome, string>> = {
  SUPPORT_COMPLETED: CLOSURE_OUTCOMES.SUPPORT_COMPLETED,
  DECLINED_SUPPORT: CLOSURE_OUTCOMES.DECLINED_SUPPORT,
  UNABLE_TO_CONTACT: CLOSURE_OUTCOMES.UNABLE_TO_CONTACT,
  REFERRED_ON: CLOSURE_OUTCOMES.REFERRED_ON,
};

export interface StatusTag {
  text: string;
  className: string;
}

const CONTACT_STATUS_TAGS: Record<ContactStatus, StatusTag> = {
  PLANNED: { text: 'Planned', className: 'govuk-tag govuk-tag--blue' },
  DUE_TODAY: { text: 'Due today', className: 'govuk-tag govuk-tag--yellow' },
  OVERDUE: { text: 'Overdue', className: 'govuk-tag govuk-tag--red' },
  LOGGED: { text: 'Logged', className: 'govuk-tag govuk-tag--green' },
  REPLACED: { text: 'Replaced', className: 'govuk-tag govuk-tag--grey' },
};

export const contactStatusTag = (status: ContactStatus): StatusTag =>
  CONTACT_STATUS_TAGS[status] ?? { text: status, className: 'govuk-tag govuk-tag--grey' };

/** "Yes" / "No" for a yes-or-no answer. */
export const yesNo = (value: boolean | null | undefined) =>
  value === null || value === undefined ? '—' : value ? 'Yes' : 'No';

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

export const formatLoss = (loss?: number | null) => (loss === undefined || loss === null ? '—' : pounds.format(loss));

/** A list of codes in words, e.g. "Internet safety, Banking Protocol"; "None" when empty. */
export function listOf<K extends string>(
  labels: Record<K, string>,
  codes: readonly string[] | null | undefined,
): string {
  return codes && codes.length > 0 ? codes.map((c) => inWords(labels, c)).join(', ') : 'None';
}
