import { api } from '../../../lib/api-client';

export type OutcomeReturnStatus = 'BUILT' | 'SUBMITTED';

/** One month's outcome return. `month` is the month's first day (YYYY-MM-01), as the API gives it. */
export interface OutcomeReturn {
  month: string;
  status: OutcomeReturnStatus;
  crimeCount: number;
  builtAt: string;
  submittedBy?: string | null;
  submittedAt?: string | null;
}

/** A crime listed in a return, with the outcome returned for it. */
export interface ReturnedCrime {
  crimeReference: string;
  nfibCode: string;
  originalNfibCode?: string | null;
  /** the force's own outcome code */
  outcomeCode: string;
  homeOfficeOutcome: string;
  outcomeDate: string;
  finalisedAt: string;
  policingArea?: string | null;
  /** on an amendment line: the first day of the submitted return's month whose outcome this corrects */
  amendsMonth?: string | null;
}

/** "2026-10-01" or "2026-10" → "2026-10". */
export const monthKey = (month: string) => month.substring(0, 7);

const base = '/api/fraud/outcome-returns';

/** Every return, newest month first. */
export const listOutcomeReturns = () => api.get<OutcomeReturn[]>(base);

/** The crimes of one month's return; 404 when there is no return for the month. */
export const getReturnedCrimes = (month: string) =>
  api.get<ReturnedCrime[]>(`${base}/${encodeURIComponent(monthKey(month))}`);

/**
 * Asks for the return of an ended month (YYYY-MM) to be built: 202 once the build is under way;
 * an ApiError 400 (fieldErrors on "month") or 409 (already submitted or being prepared) otherwise.
 */
export const requestOutcomeReturn = (month: string) => api.post<void>(base, { month });

/** The return as a CSV download: a link target, not a fetch, so the browser saves the file. */
export const outcomeReturnCsvUrl = (month: string) => `${base}/${encodeURIComponent(monthKey(month))}/csv`;

/**
 * The return as it would be sent, each row with its line in the file and, for a row that would stop approval,
 * the field and the reason: a link target, as the CSV is.
 */
export const outcomeReturnPreviewUrl = (month: string) => `${base}/${encodeURIComponent(monthKey(month))}/preview.csv`;

/** The app page listing one month's return. */
export const outcomeReturnPath = (month: string) => `/fraud/outcome-returns/${encodeURIComponent(monthKey(month))}`;
