import { api } from '../../../lib/api-client';

/** A breach whose supervisor's review is still to be done. Times are ISO instants. */
export interface AwaitingReview {
  clockId: number;
  slaId: string;
  slaName: string;
  team?: string | null;
  teamName?: string | null;
  processKey: string;
  caseReference?: string | null;
  dueAt: string;
  breachedAt: string;
  result: 'BREACHED' | 'MET_LATE';
  reviewTaskId?: string | null;
}

/** Running work past its warning point. */
export interface AtRisk {
  clockId: number;
  slaName: string;
  team?: string | null;
  teamName?: string | null;
  processKey: string;
  caseReference?: string | null;
  warnAt: string;
  dueAt: string;
}

export interface AtRiskCount {
  team?: string | null;
  teamName?: string | null;
  slaId: string;
  slaName: string;
  count: number;
}

export interface Compliance {
  slaId: string;
  slaName: string;
  team?: string | null;
  teamName?: string | null;
  met: number;
  metLate: number;
  breached: number;
  open: number;
}

/** Breaches recorded in the week starting on Monday `weekStarting` (YYYY-MM-DD). */
export interface WeekOfBreaches {
  weekStarting: string;
  breaches: number;
}

export interface VictimsCodeMonth {
  slaId: string;
  slaName: string;
  victimsCodeVersion: string;
  /** YYYY-MM */
  month: string;
  met: number;
  decided: number;
  percentMet?: number | null;
}

export interface SlaDashboard {
  from: string;
  to: string;
  awaitingReview: AwaitingReview[];
  atRisk: AtRisk[];
  atRiskByTeamAndSla: AtRiskCount[];
  compliance: Compliance[];
  weeklyBreaches: WeekOfBreaches[];
  victimsCode: VictimsCodeMonth[];
}

export interface Period {
  from: string;
  to: string;
}

const base = '/api/sla';
const query = ({ from, to }: Partial<Period>) =>
  new URLSearchParams(Object.entries({ from, to }).filter(([, v]) => !!v) as [string, string][]).toString();

/** The dashboard for a period (both dates included); the last 12 weeks when none is given. */
export const getSlaDashboard = (period: Partial<Period> = {}) =>
  api.get<SlaDashboard>(`${base}/dashboard?${query(period)}`);

/** CSV downloads: link targets, not fetches, so the browser saves the file. */
export const breachesCsvUrl = (period: Period) => `${base}/breaches.csv?${query(period)}`;
export const complianceCsvUrl = (period: Period) => `${base}/compliance.csv?${query(period)}`;

export interface TeamMember {
  username: string;
  displayName: string;
}

/** The breach behind a review task, and who its late work can be given to. */
export interface BreachReviewContext {
  clockId: number;
  slaName: string;
  team?: string | null;
  teamName?: string | null;
  startedAt: string;
  dueAt: string;
  breachedAt: string;
  result: 'BREACHED' | 'MET_LATE';
  lateWorkOpen: boolean;
  reassignableTo: TeamMember[];
}

export const getBreachReview = (reviewTaskId: string) =>
  api.get<BreachReviewContext>(`${base}/reviews/${encodeURIComponent(reviewTaskId)}`);

/** A case's status for one Victims' Code right. */
export type VictimsCodeStatus =
  'MET' | 'MET_LATE' | 'NOT_MET' | 'OPTED_OUT_OR_UNREACHABLE' | 'NOT_APPLICABLE' | 'NOT_RECORDED' | 'NOT_YET_DUE';

/** One month of one right: `due` is the sum of the other counts. */
export interface VictimsCodeMonthCells {
  /** YYYY-MM */
  month: string;
  due: number;
  metOnTime: number;
  metLate: number;
  notMet: number;
  optedOutOrUnreachable: number;
  notApplicable: number;
  notApplicableReasons: { reason: string; cases: number }[];
  notRecorded: number;
  notYetDue: number;
}

/** A right: a survey area (`area:…`) or a Victims' Code SLA per Code version (`id@version`). */
export interface VictimsCodeRight {
  id: string;
  kind: 'SLA' | 'SURVEY_AREA';
  name: string;
  codeRight?: string | null;
  victimsCodeVersion?: string | null;
  localStandard: boolean;
  evidenceRecorded: boolean;
  description: string;
  months: VictimsCodeMonthCells[];
}

export interface VictimsCodeReport {
  from: string;
  to: string;
  months: string[];
  rights: VictimsCodeRight[];
}

/** One case behind a number: crime reference and team only, never the victim's name. */
export interface VictimsCodeCase {
  caseReference?: string | null;
  team?: string | null;
  teamName?: string | null;
  right: string;
  taskId?: string | null;
  dueAt?: string | null;
  stoppedAt?: string | null;
  status: VictimsCodeStatus;
  reason?: string | null;
}

export interface MonthRange {
  from: string;
  to: string;
}

/** The report for a range of months (YYYY-MM, both included); the last 12 months when none is given. */
export const getVictimsCodeReport = (range: Partial<MonthRange> = {}) =>
  api.get<VictimsCodeReport>(`${base}/victims-code?${query(range)}`);

export const victimsCodeCsvUrl = (range: MonthRange) => `${base}/victims-code.csv?${query(range)}`;

export interface CasesQuery {
  right: string;
  month: string;
  status?: VictimsCodeStatus;
}

const casesQuery = ({ right, month, status }: CasesQuery) =>
  new URLSearchParams(Object.entries({ right, month, status }).filter(([, v]) => !!v) as [string, string][]).toString();

/** The cases behind one number of the report (every case due that month when no status is given). */
export const getVictimsCodeCases = (cases: CasesQuery) =>
  api.get<VictimsCodeCase[]>(`${base}/victims-code/cases?${casesQuery(cases)}`);

/** The page listing the cases behind one number. */
export const victimsCodeCasesPath = (cases: CasesQuery) => `/sla/victims-code/cases?${casesQuery(cases)}`;
