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
