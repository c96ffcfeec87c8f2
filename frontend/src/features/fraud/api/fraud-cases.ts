import type { CommunicationNeeds } from '../../../api/communication-needs';
import type { TaskSummary } from '../../../api/tasks';
import { api } from '../../../lib/api-client';

export interface Crime {
  crimeReference: string;
  reportedDate: string;
  nfibCode: string;
  originalNfibCode: string;
  nfibCodeUnknown: boolean;
  victimType: string;
  victimName: string;
  victimDateOfBirth?: string | null;
  victimEmail?: string | null;
  victimPhone?: string | null;
  victimPostcode?: string | null;
  lossGbp?: number | null;
  ndmScore?: number | null;
  policingArea?: string | null;
  summary?: string | null;
  suspectDetails?: string | null;
  status: string;
  priority?: string | null;
  triageDecision?: string | null;
  filingRationale?: string | null;
  allocatedTeam?: string | null;
  allocatedOfficer?: string | null;
  outcomeCode?: string | null;
  homeOfficeOutcome?: string | null;
  outcomeDate?: string | null;
  finalisedAt?: string | null;
  receivedAt: string;
  receivedBy?: string | null;
  /** marked at triage: courier fraud has no NFIB code of its own, and the board report counts it separately */
  courierFraud: boolean;
}

/** One thing that happened on the case: who, what, when. */
export interface CaseHistoryEntry {
  at: string;
  who?: string | null;
  what: string;
  detail?: string | null;
}

/** One fact NFIB changed by sending the crime again, as people read it (e.g. loss £640 → £900). */
export interface AmendedField {
  field: string;
  label: string;
  /** null when nothing was known before */
  was?: string | null;
  now: string;
}

/** A dissemination NFIB sent again with changed content; it needs review until acknowledged. */
export interface CrimeAmendment {
  id: number;
  crimeReference: string;
  importJobId?: string | null;
  importLine?: number | null;
  changes: AmendedField[];
  /** one line, e.g. "loss £640 → £900, victim name Ann Lee → Anne Lee" */
  summary: string;
  receivedBy: string;
  receivedAt: string;
  acknowledgedBy?: string | null;
  acknowledgedAt?: string | null;
}

/** The amendments nobody has acknowledged yet, oldest first. */
export const amendmentsToReview = (amendments: CrimeAmendment[] | undefined): CrimeAmendment[] =>
  (amendments ?? []).filter((a) => !a.acknowledgedAt).sort((a, b) => a.id - b.id);

export type EnhancedRightsCategory = 'MOST_SERIOUS_CRIME' | 'PERSISTENTLY_TARGETED' | 'VULNERABLE' | 'INTIMIDATED';

export interface EnhancedRights {
  category: EnhancedRightsCategory;
  reason: string;
}

export interface FraudCase {
  crime: Crime;
  allocatedOfficerName?: string | null;
  allocatedTeamName?: string | null;
  linesOfEnquiry: string[];
  enhancedRights: EnhancedRights | null;
  history: CaseHistoryEntry[];
  /** the tasks the case waits at, with their SLA status */
  currentTasks: TaskSummary[];
  /** what NFIB changed by sending the crime again, newest first */
  amendments?: CrimeAmendment[];
  /** how the victim needs to be contacted, recorded on the case or by victim care; absent when none */
  communicationNeeds?: CommunicationNeeds | null;
}

export type CaseEventType =
  | 'ARREST'
  | 'INTERVIEW_UNDER_CAUTION'
  | 'RELEASE'
  | 'BAIL_CHANGE'
  | 'CHARGE'
  | 'OUT_OF_COURT_DISPOSAL'
  | 'NEW_INFORMATION';

export interface CaseEvent {
  eventType: CaseEventType;
  /** yyyy-MM-dd */
  occurredOn: string;
  /** HH:mm, Europe/London; without it the event is taken at the start of its day. */
  occurredAt?: string;
  details?: string;
}

const casePath = (reference: string) => `/api/fraud/cases/${encodeURIComponent(reference)}`;

export const getFraudCase = (reference: string) => api.get<FraudCase>(casePath(reference));

export const logCaseEvent = (reference: string, event: CaseEvent) =>
  api.post<void>(`${casePath(reference)}/events`, event);

export const recordEnhancedRights = (reference: string, rights: EnhancedRights) =>
  api.put<void>(`${casePath(reference)}/enhanced-rights`, rights);

export const markCourierFraud = (reference: string, courierFraud: boolean) =>
  api.put<{ courierFraud: boolean }>(`${casePath(reference)}/courier-fraud`, { courierFraud });

/** A Victims' Code Right 4 needs assessment as recorded: `assessedAt` is London time, `YYYY-MM-DDTHH:mm`. */
export interface NeedsAssessment {
  assessedAt: string;
  enhancedRights: boolean;
  enhancedRightsCategory?: EnhancedRightsCategory;
  enhancedRightsReason: string;
  supportNeeds?: string;
}

/** The victim's needs have changed: a re-assessment falls due. `changedAt` is London time. */
export interface NeedsChange {
  changedAt: string;
  whatChanged: string;
}

/** The case's needs assessments and recorded changes of needs; `reassessmentDue` while a change waits. */
export interface VictimNeeds {
  assessments: (NeedsAssessment & { id: number; needsChangeId: number | null; recordedBy: string })[];
  changes: (NeedsChange & { id: number; recordedBy: string; reassessed: boolean })[];
  assessed: boolean;
  reassessmentDue: boolean;
}

export const getNeeds = (reference: string) => api.get<VictimNeeds>(`${casePath(reference)}/needs`);

export const recordNeedsAssessment = (reference: string, assessment: NeedsAssessment) =>
  api.post<void>(`${casePath(reference)}/needs/assessments`, assessment);

export const recordNeedsChange = (reference: string, change: NeedsChange) =>
  api.post<void>(`${casePath(reference)}/needs/changes`, change);

/** The model the case's process runs on, with the activities it has finished and those it waits in now. */
export interface CaseDiagram {
  bpmnXml: string;
  completedActivityIds: string[];
  activeActivityIds: string[];
}

export const getCaseDiagram = (reference: string) => api.get<CaseDiagram>(`${casePath(reference)}/diagram`);

/** The most a note may hold, as the server checks it. */
export const NOTE_MAX_LENGTH = 4000;

export interface CaseNote {
  id: number;
  crimeReference: string;
  author: string;
  authorName: string;
  text: string;
  createdAt: string;
}

export const addCaseNote = (reference: string, text: string) =>
  api.post<CaseNote>(`${casePath(reference)}/notes`, { text });

/** The tasks that moved to the new officer in charge. */
export interface OfficerChanged {
  officer: string;
  reassignedTaskIds: string[];
}

/** A supervisor gives the case to another officer of its team; its open tasks and a victim update follow. */
export const changeOfficerInCharge = (reference: string, officer: string, reason: string) =>
  api.post<OfficerChanged>(`${casePath(reference)}/officer-in-charge`, { officer, reason });

/** A finalised crime's outcome as it was before a supervisor corrected it, and why it was corrected. */
export interface OutcomeCorrection {
  crimeReference: string;
  previousOutcomeCode: string;
  previousHomeOfficeOutcome: string;
  outcomeCode: string;
  homeOfficeOutcome: string;
  reason: string;
  correctedBy: string;
  correctedAt: string;
  /** the first day of the month whose return carried it as an amendment line; null until one did */
  carriedIn?: string | null;
}

/**
 * An ECU supervisor corrects a finalised crime's outcome: the code must fit the crime's path (400 on
 * "outcomeCode" otherwise), with a reason. Answers the crime's corrections, the new one last.
 */
export const correctOutcome = (reference: string, outcomeCode: string, reason: string) =>
  api.post<OutcomeCorrection[]>(`${casePath(reference)}/outcome-corrections`, { outcomeCode, reason });

/** How the victim chose to be updated. */
export type UpdateMethod = 'PHONE' | 'EMAIL' | 'LETTER' | 'VISIT';

/**
 * How often the victim agreed to be updated (Right 6, frequency of updates: agreed with the victim, not Code
 * law), or why no updates are timed: the victim opted out, could not be reached, or nothing was recorded.
 */
export interface AgreedFrequency {
  status: 'AGREED' | 'OPTED_OUT' | 'UNREACHABLE' | 'DECLINED' | 'NOT_AGREED';
  everyDays?: number | null;
  method?: UpdateMethod | null;
  agreedOn?: string | null;
  /** the day the next update is due while the investigation is open */
  nextDueOn?: string | null;
  /** the officer in charge or a supervisor of the team may change it */
  canChange: boolean;
}

export const getUpdateFrequency = (reference: string) =>
  api.get<AgreedFrequency>(`${casePath(reference)}/update-frequency`);

/** The victim changed how often they want to be updated; the next update is re-timed. A 400 names the fields. */
export const changeUpdateFrequency = (reference: string, everyDays: number, method: UpdateMethod, reason: string) =>
  api.put<AgreedFrequency>(`${casePath(reference)}/update-frequency`, { everyDays, method, reason });
