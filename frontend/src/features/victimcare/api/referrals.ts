import { api } from '../../../lib/api-client';

export type ScreeningReason = 'ROMANCE_FRAUD' | 'AGED_70_OR_OVER' | 'NDM_SCORE_AT_OR_ABOVE_THRESHOLD' | 'REPEAT_VICTIM';

export type ReferralStage =
  'AWAITING_FIRST_CONTACT' | 'UNABLE_TO_CONTACT_REVIEW' | 'ASSESSED' | 'CONTACT_PLAN_AGREED' | 'CLOSED';

export type ContactChannel = 'PHONE' | 'VISIT' | 'EMAIL' | 'LETTER';

export type FailedContactOutcome = 'NO_ANSWER' | 'WRONG_NUMBER' | 'VOICEMAIL_LEFT';

/** NO_ANSWER: contacts logged before a call with no answer became an attempt; the form no longer offers it. */
export type ContactOutcome = 'CONTACTED' | 'NO_ANSWER' | 'DECLINED' | 'OPTED_OUT';

export type Advice =
  'BANKING_SAFEGUARDING' | 'INTERNET_SAFETY' | 'LASTING_POWER_OF_ATTORNEY' | 'BANKING_PROTOCOL' | 'SCAM_TRENDS';

export type ProtectResource = 'PROTECT_BOOKLET' | 'CALL_BLOCKER';

export type SupportLevel = 'STANDARD' | 'ENHANCED' | 'INTENSIVE';

export type EnhancedRightsReason = 'PERSISTENTLY_TARGETED' | 'VULNERABLE' | 'INTIMIDATED';

export type ContactStatus = 'PLANNED' | 'DUE_TODAY' | 'OVERDUE' | 'LOGGED' | 'REPLACED';

export type ClosureOutcome =
  'SUPPORT_COMPLETED' | 'DECLINED_SUPPORT' | 'UNABLE_TO_CONTACT' | 'REFERRED_ON' | 'WITHDRAWN' | 'OPTED_OUT';

/** The victim's own ending of a referral, recorded from the referral's page. */
export type SupportEndedOutcome = 'WITHDRAWN' | 'OPTED_OUT';

export interface ContactAttempt {
  attemptedAt: string;
  outcome: FailedContactOutcome;
  notes?: string | null;
  recordedBy: string;
  /** The planned contact attempted; null for an attempt at first contact. */
  plannedContactId?: string | null;
}

/** A closure or reopening of the referral, oldest first. */
export interface TimelineEvent {
  kind: 'CLOSED' | 'REOPENED';
  closureOutcome?: ClosureOutcome | null;
  reason?: string | null;
  occurredOn: string;
  recordedBy: string;
  recordedAt: string;
}

export interface Vulnerability {
  livesAlone: boolean;
  healthOrCognitiveCondition: boolean;
  stillInContactWithSuspect: boolean;
  significantFinancialHardship: boolean;
  lowDigitalConfidence: boolean;
}

export interface EnhancedRights {
  qualifies: boolean;
  reasons: EnhancedRightsReason[];
  explanation?: string | null;
}

export interface Assessment {
  contactedOn: string;
  channel: ContactChannel;
  wantsSupport: boolean;
  vulnerability: Vulnerability;
  supportLevel?: SupportLevel | null;
  enhancedRights: EnhancedRights;
  assessedBy: string;
}

export interface LoggedContact {
  contactedOn: string;
  outcome: ContactOutcome;
  advice: Advice[];
  resources: ProtectResource[];
  notes?: string | null;
  recordedBy: string;
}

export interface PlannedContact {
  id: string;
  dueOn: string;
  channel: ContactChannel;
  status: ContactStatus;
  logged: LoggedContact | null;
}

export interface ContactPlanChange {
  version: number;
  reason: string;
  changedBy: string;
  changedAt: string;
}

export interface ContactPlan {
  version: number;
  contacts: PlannedContact[];
  changes: ContactPlanChange[];
}

export interface ResourceIssued {
  resource: ProtectResource;
  issuedOn: string;
  issuedBy: string;
}

export interface VictimSupportReferral {
  consentRecordedAt?: string | null;
  referredOn?: string | null;
  victimSupportReference?: string | null;
}

export interface Questionnaire {
  outcome: 'COMPLETED' | 'DECLINED';
  completedOn?: string | null;
}

export interface Closure {
  outcome: ClosureOutcome;
  closedAt: string;
  closedBy: string;
  notes?: string | null;
}

/** A task the referral waits at; its id opens it at /tasks/:id. */
export interface ReferralTask {
  id: string;
  taskKey: string;
  name: string;
  assignee?: string | null;
  due?: string | null;
  /** For a contact task, the planned contact it logs. */
  plannedContactId?: string | null;
}

/** One referral of a victim on one crime: the process `victim-care`, whose business key is `reference`. */
export interface ReferralDetail {
  reference: string;
  victimId: string;
  victimName: string;
  repeatVictim: boolean;
  crimeReference: string;
  nfibCode: string;
  romanceFraud: boolean;
  referredAt: string;
  screeningReasons: ScreeningReason[];
  stage: ReferralStage;
  contactAttempts: ContactAttempt[];
  maxFailedAttempts: number;
  assessment: Assessment | null;
  contactPlan: ContactPlan | null;
  resourcesIssued: ResourceIssued[];
  victimSupport: VictimSupportReferral | null;
  questionnaire: Questionnaire | null;
  closure: Closure | null;
  currentTasks: ReferralTask[];
  /** Later crimes of the same person that joined this referral (one referral per person at a time). */
  joinedCrimes?: JoinedCrime[];
  /** Set when a crime joined: the contact plan is to be reviewed; cleared when the plan is next agreed or changed. */
  contactPlanReviewSince?: string | null;
  /** The person's closed referral this one follows. */
  followsReference?: string | null;
  /** Each closure and reopening, oldest first. */
  timeline?: TimelineEvent[];
  /** What the assessment's support level offers by default, and why; null until the victim is assessed. */
  planDefaults?: PlanDefaults | null;
}

/** A support level's default plan; the officer agrees the actual plan with the victim and may change any of it. */
export interface PlanDefaults {
  supportLevel: string;
  supportName: string;
  contactEveryDays: number;
  /** the contact dates the default frequency gives, counted from today */
  suggestedContacts: string[];
  advice: Advice[];
  resources: ProtectResource[];
  /** e.g. "High support: weekly contact, call blocker and Protect booklet offered; advice on …" */
  why: string;
}

export interface JoinedCrime {
  crimeReference: string;
  nfibCode: string;
  reportedDate: string;
  joinedAt: string;
}

export interface ContactAttemptAnswers {
  attemptedAt: string;
  outcome: FailedContactOutcome;
  notes: string;
  plannedContactId?: string;
}

export interface SupportEndedAnswers {
  outcome: SupportEndedOutcome;
  on: string | null;
  reason: string;
}

export interface PlannedContactAnswers {
  dueOn: string | null;
  channel: ContactChannel | null;
}

export interface ContactPlanChangeAnswers {
  contacts: PlannedContactAnswers[];
  reason: string;
}

const referralPath = (reference: string) => `/api/victim-care/referrals/${encodeURIComponent(reference)}`;

/** A referral by its reference (e.g. VCR-000042), the business key victim care tasks carry. */
export const getReferral = (reference: string) => api.get<ReferralDetail>(referralPath(reference));

/** Logs a failed attempt at first contact (or at a planned contact) without completing the task; 201 with the referral as it now is. */
export const logContactAttempt = (reference: string, answers: ContactAttemptAnswers) =>
  api.post<ReferralDetail>(`${referralPath(reference)}/contact-attempts`, answers);

/** The victim withdrew or opted out: the referral closes and its tasks are cancelled; a 400 names the fields. */
export const endSupport = (reference: string, answers: SupportEndedAnswers) =>
  api.post<ReferralDetail>(`${referralPath(reference)}/end-support`, answers);

/** Reopens a closed referral, back to first contact; 409 while the person has another open referral. */
export const reopenReferral = (reference: string, reason: string) =>
  api.post<ReferralDetail>(`${referralPath(reference)}/reopen`, { reason });

/** Replaces the unlogged contacts of the plan, with the reason; a 400 names the fields. */
export const changeContactPlan = (reference: string, answers: ContactPlanChangeAnswers) =>
  api.put<ReferralDetail>(`${referralPath(reference)}/contact-plan`, answers);
