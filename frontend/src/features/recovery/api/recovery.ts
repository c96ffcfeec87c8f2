import { api } from '../../../lib/api-client';

export type ParticipantStatus =
  | 'REFERRED'
  | 'INELIGIBLE'
  | 'AWAITING_ASSESSMENT'
  | 'DECLINED'
  | 'AWAITING_ENROLMENT'
  | 'ENROLLED'
  | 'EXITED'
  | 'LEFT_BEFORE_ENROLMENT';

/** Why a referral ended before enrolment; the person was never enrolled. */
export type LeftBeforeEnrolmentReason = 'DECLINED' | 'NOT_ELIGIBLE_AFTER_ASSESSMENT' | 'MOVED_AWAY';

/** Null while planned; not traced is counted apart; cancelled after a death or a final exit. */
export type FollowUpResult = 'FOLLOWED_UP' | 'NOT_TRACED' | 'CANCELLED';

export type ReferralSource = 'OFFICER' | 'CUSTODY_ARREST_REFERRAL' | 'RETAILER_INTELLIGENCE' | 'PROBATION';

export type SubstanceMisuse = 'NONE' | 'DRUGS' | 'ALCOHOL' | 'BOTH';

export type IneligibilityReason =
  'UNDER_18' | 'TOO_FEW_SHOP_THEFT_OFFENCES' | 'NO_SUBSTANCE_MISUSE_INDICATED' | 'AREA_NOT_LIVE';

export type Stage =
  | 'COMMUNITY_TREATMENT'
  | 'PRESCRIBING'
  | 'PRE_ADMISSION_COURSE'
  | 'REHAB_ADMISSION'
  | 'REHAB_COMPLETION'
  | 'REHAB_EARLY_DISCHARGE'
  | 'INTENSIVE_THERAPY'
  | 'RESTORATIVE_MEETING'
  | 'AFTER_CARE';

export type Medication = 'METHADONE' | 'ORAL_BUPRENORPHINE' | 'LONG_ACTING_INJECTABLE_BUPRENORPHINE' | 'OTHER';

export type DischargeReason = 'SELF_DISCHARGED' | 'SUBSTANCE_USE' | 'BEHAVIOUR' | 'HEALTH' | 'OTHER';

/** The reasons an officer or drug worker records an exit with; the process records the others itself. */
export type RecordedExitReason =
  'EARLY_DISCHARGE_FROM_REHAB' | 'CUSTODY' | 'MOVED_OUT_OF_AREA' | 'WITHDREW_CONSENT' | 'DIED';

export type ExitReason = RecordedExitReason | 'REOFFENDED' | 'DISENGAGED' | 'COMPLETED';

export type Engagement = 'ATTENDED' | 'MISSED' | 'PARTLY';

/** A shop theft offence: on the referral, at an offending review or a follow-up. */
export interface Offence {
  offenceDate: string;
  valueStolenGbp: number;
  retailer?: string | null;
}

export interface NewReferral {
  name: string;
  dateOfBirth: string | null;
  pncId?: string;
  localAuthority: string;
  referralDate?: string;
  referralSource: ReferralSource | null;
  substanceMisuse: SubstanceMisuse | null;
  weeklyDrugSpendGbp?: number | null;
  offences: Offence[];
  notes?: string;
}

export interface ReferralOutcome {
  reference: string;
  status: ParticipantStatus;
  ineligibilityReasons: IneligibilityReason[];
}

export interface ParticipantSummary {
  reference: string;
  name: string;
  dateOfBirth: string;
  localAuthority: string;
  status: ParticipantStatus;
  referralDate: string;
  enrolmentDate?: string | null;
  exitReason?: ExitReason | null;
}

export interface ParticipantPage {
  participants: ParticipantSummary[];
  page: number;
  size: number;
}

export interface Review {
  reviewNumber: number;
  reviewDate: string;
  engagement?: Engagement | null;
  /** drug referral workers only: special category health data */
  treatmentNotes?: string | null;
  newOffences?: Offence[] | null;
  reoffendingDecision?: 'CONTINUE' | 'EXIT' | null;
  reoffendingRationale?: string | null;
  reEngaged?: boolean | null;
  reEngagementNotes?: string | null;
}

export interface PathwayStage {
  id: number;
  stage: Stage;
  stageDate: string;
  medication?: Medication | null;
  dischargeReason?: DischargeReason | null;
  /** drug referral workers only */
  notes?: string | null;
  recordedBy: string;
}

export interface FollowUp {
  id: number;
  months: number;
  dueDate: string;
  result?: FollowUpResult | null;
  cancelledReason?: string | null;
  abstinent?: boolean | null;
  reoffended?: boolean | null;
  notes?: string | null;
  recordedBy?: string | null;
  recordedOn?: string | null;
}

export interface Participant {
  reference: string;
  name: string;
  dateOfBirth: string;
  pncId?: string | null;
  localAuthority: string;
  status: ParticipantStatus;
  referral: {
    referralDate: string;
    source: ReferralSource;
    substanceMisuse: SubstanceMisuse;
    weeklyDrugSpendGbp?: number | null;
    notes?: string | null;
    referredBy: string;
  };
  ineligibilityReasons: IneligibilityReason[];
  assessment?: {
    willingToEngage: boolean;
    consentToTreatment: boolean;
    consentToInformationSharing: boolean;
    notes?: string | null;
    assessedBy: string;
    assessedOn: string;
  } | null;
  enrolment?: { enrolmentDate: string; keyWorker: string; programmeEndsOn: string } | null;
  offences: Offence[];
  /** newest first */
  reviews: Review[];
  pathway: PathwayStage[];
  exit?: { reason: ExitReason; exitDate: string; notes?: string | null } | null;
  followUps: FollowUp[];
  leftBeforeEnrolment?: { reason: LeftBeforeEnrolmentReason; date: string; notes?: string | null } | null;
  diedOn?: string | null;
  /** oldest first; the open pause has no endedOn */
  pauses?: Pause[];
  daysPaused?: number;
  /** empty until the participant first moves area */
  areaHistory?: AreaSpell[];
}

export type PauseReason = 'CUSTODY' | 'HOSPITAL' | 'OTHER';

export interface Pause {
  reason: PauseReason;
  notes?: string | null;
  startedOn: string;
  endedOn?: string | null;
  daysPaused: number;
  recordedBy: string;
  resumedBy?: string | null;
}

export interface AreaSpell {
  localAuthority: string;
  fromOn: string;
  toOn?: string | null;
  recordedBy?: string | null;
}

export interface NewStage {
  stage: Stage | null;
  stageDate: string | null;
  medication?: Medication | null;
  dischargeReason?: DischargeReason | null;
  notes?: string | null;
}

export interface NewExit {
  reason: RecordedExitReason | null;
  exitDate: string | null;
  notes?: string | null;
}

export type ProgrammeStatus = 'NOT_STARTED' | 'PILOT' | 'LIVE';

export interface LocalAuthority {
  id: string;
  name: string;
  /** where the area is on the programme: a pilot takes referrals as a live area does */
  status?: ProgrammeStatus;
  pilotFrom?: string | null;
  liveFrom?: string | null;
  liveToday: boolean;
  takingReferralsToday?: boolean;
  o2rTeam: string;
  drugServiceTeam: string;
  /** where the area's dates come from, e.g. the board paper that states them */
  source?: string | null;
}

/** An administrator's change to an area; without a status the dates decide it. */
export interface AreaChange {
  status: ProgrammeStatus | null;
  pilotFrom: string | null;
  liveFrom: string | null;
  note: string | null;
}

export interface AreaHistoryEntry {
  changedAt: string;
  changedBy: string;
  status: ProgrammeStatus;
  pilotFrom?: string | null;
  liveFrom?: string | null;
  note?: string | null;
}

export interface AreaHistory {
  area: LocalAuthority;
  changes: AreaHistoryEntry[];
}

const participantPath = (reference: string) => `/api/recovery/participants/${encodeURIComponent(reference)}`;

/** A referral; the answer says whether eligibility accepted it and, if not, why. */
export const referParticipant = (referral: NewReferral) =>
  api.post<ReferralOutcome>('/api/recovery/participants', referral);

/** The participants of the user's own areas (the server scopes them); `page` counts from 0. */
export const listParticipants = (query: { status?: string; q?: string; page: number; size: number }) => {
  const params = new URLSearchParams({ page: String(query.page), size: String(query.size) });
  if (query.status) params.set('status', query.status);
  if (query.q) params.set('q', query.q);
  return api.get<ParticipantPage>(`/api/recovery/participants?${params}`);
};

/** One participant, read as a consultation (audited); another area's → 403, unknown → 404. */
export const getParticipant = (reference: string) =>
  api.get<Participant>(`${participantPath(reference)}?purpose=${encodeURIComponent('Programme casework')}`);

export const recordPathwayStage = (reference: string, stage: NewStage) =>
  api.post<void>(`${participantPath(reference)}/pathway-stages`, stage);

export const recordExit = (reference: string, exit: NewExit) =>
  api.post<void>(`${participantPath(reference)}/exit`, exit);

/** A death after exit: every follow-up still planned is cancelled. Not before the exit date, not in the future. */
export const recordDeath = (reference: string, death: { diedOn: string | null; notes: string | null }) =>
  api.post<void>(`${participantPath(reference)}/death`, death);

export interface NewLeftBeforeEnrolment {
  reason: LeftBeforeEnrolmentReason | null;
  date: string | null;
  notes?: string | null;
}

/** Ends a referral waiting for assessment or enrolment; 409 once enrolled or ended. */
export const leaveBeforeEnrolment = (reference: string, left: NewLeftBeforeEnrolment) =>
  api.post<void>(`${participantPath(reference)}/leave-before-enrolment`, left);

export interface NewPause {
  reason: PauseReason | null;
  startedOn: string | null;
  notes?: string | null;
}

/** Holds reviews and the programme end; 409 if already paused or not enrolled. */
export const pauseParticipant = (reference: string, pause: NewPause) =>
  api.post<void>(`${participantPath(reference)}/pause`, pause);

/** Ends the open pause; the programme end moves later by the days paused. */
export const resumeParticipant = (reference: string, resumedOn: string | null) =>
  api.post<void>(`${participantPath(reference)}/resume`, { resumedOn });

/** Moves an enrolled participant to another live area, whose teams take over. */
export const transferParticipant = (
  reference: string,
  localAuthority: string,
  transferredOn: string | null,
  keyWorker: string,
) => api.post<void>(`${participantPath(reference)}/transfer`, { localAuthority, transferredOn, keyWorker });

export const listLocalAuthorities = () => api.get<LocalAuthority[]>('/api/recovery/local-authorities');

export const changeProgrammeArea = (id: string, change: AreaChange) =>
  api.put<LocalAuthority>(`/api/recovery/local-authorities/${encodeURIComponent(id)}`, change);

export const getAreaHistory = (id: string) =>
  api.get<AreaHistory>(`/api/recovery/local-authorities/${encodeURIComponent(id)}/history`);

/** A spell in custody, both days included; no end while the person is still inside. */
export interface CustodyPeriod {
  id: number;
  startedOn: string;
  endedOn: string | null;
  source: string;
  notes: string | null;
  recordedBy: string;
}

export interface NewCustodyPeriod {
  startedOn: string | null;
  endedOn: string | null;
  source: string;
  notes: string | null;
}

export const listCustodyPeriods = (reference: string) =>
  api.get<CustodyPeriod[]>(`${participantPath(reference)}/custody-periods`);

/** 400 when it overlaps a spell already recorded, ends before it starts or lies in the future. */
export const recordCustodyPeriod = (reference: string, spell: NewCustodyPeriod) =>
  api.post<CustodyPeriod>(`${participantPath(reference)}/custody-periods`, spell);
