import { api } from '../../../lib/api-client';

/** A number of records in the period and the previous one; no percentage for a rise from nothing. */
export interface BoardCount {
  key: string;
  label: string;
  current: number;
  previous: number;
  change: number;
  changePercent?: number | null;
}

/** Average loss in pounds; absent when no report in the period recorded a loss ("not recorded"). */
export interface AverageLoss {
  victimType: 'INDIVIDUAL' | 'ORGANISATION';
  label: string;
  current?: number | null;
  currentReports: number;
  previous?: number | null;
  previousReports: number;
  change?: number | null;
}

export interface Rate {
  positiveOutcomes: number;
  crimes: number;
  ratePercent?: number | null;
}

export interface OutcomeRate {
  current: Rate;
  previous: Rate;
  changePoints?: number | null;
  nationalRatePercent?: number | null;
  nationalRateSource?: string | null;
}

export interface Intensification {
  name: string;
  fraudTypes: string[];
  from: string;
  to: string;
  reports: number;
  reportsBefore: number;
  change: number;
  changePercent?: number | null;
}

export interface BoardReport {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  fraudTypes: BoardCount[];
  ageBands: BoardCount[];
  averageLoss: AverageLoss[];
  outcomeRate: OutcomeRate;
  victimCare: BoardCount[];
  intensificationPeriods: Intensification[];
}

export interface DateRange {
  from?: string;
  to?: string;
}

function query(range: DateRange): string {
  const params = new URLSearchParams();
  if (range.from) params.set('from', range.from);
  if (range.to) params.set('to', range.to);
  return params.toString();
}

export const getBoardReport = (range: DateRange = {}) => api.get<BoardReport>(`/api/board-report?${query(range)}`);

export const boardReportCsvUrl = (range: DateRange) => `/api/board-report.csv?${query(range)}`;
