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
  /** Names the campaign in its drill-down, {@code INTENSIFICATION:<id>}. */
  id: number;
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
  /** Reports made as NFIB 90, by the code each holds now (NFIB 90 itself: not yet recategorised). */
  nfib90Recategorised: BoardCount[];
  courierFraud: BoardCount;
  returnCompliance: ReturnCompliance;
  /** What victim care reports on APMIS: social media posts and their impressions, outreach events and people engaged. */
  protectActivity: BoardCount[];
}

/** Months whose deadline has passed, and of those the returns sent on time, late, or not at all. */
export interface Returns {
  monthsDue: number;
  sentOnTime: number;
  sentLate: number;
  notSent: number;
  compliancePercent?: number | null;
}

export interface ReturnCompliance {
  current: Returns;
  previous: Returns;
  changePoints?: number | null;
  dueRule: string;
}

/** A crime behind one of the figures; the supervisor opens the case for the rest. */
export interface BoardCase {
  crimeReference: string;
  reportedDate: string;
  nfibCode: string;
  status: string;
  /** The case's loss in pounds, if recorded; shown for the average loss figures. */
  lossGbp?: number | null;
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

/**
 * The page listing the crimes behind a figure, e.g. {@code FRAUD_TYPE:NFIB1D}, for the same period; {@code name}
 * is for a figure whose key does not say it in words (a campaign's id).
 */
export const boardCasesPath = (figure: string, range: DateRange, name?: string) =>
  `/board-report/cases?figure=${encodeURIComponent(figure)}&${query(range)}${name ? `&name=${encodeURIComponent(name)}` : ''}`;

export const getBoardCases = (figure: string, range: DateRange) =>
  api.get<BoardCase[]>(`/api/board-report/cases?figure=${encodeURIComponent(figure)}&${query(range)}`);

/** A national campaign on some fraud types between two dates, as supervisors keep it. */
export interface Campaign {
  id: number;
  name: string;
  fraudTypes: { code: string; label: string }[];
  startsOn: string;
  endsOn: string;
  /** where the name and dates come from, e.g. the City of London Police's announcement */
  source?: string | null;
  /** absent for the campaign seeded from the board papers until someone corrects it */
  changedBy?: string | null;
  changedAt?: string | null;
}

export interface CampaignChange {
  name: string;
  startsOn: string | null;
  endsOn: string | null;
  fraudTypes: string[];
  source: string | null;
}

const CAMPAIGNS = '/api/board-report/intensification-periods';

export const listCampaigns = () => api.get<Campaign[]>(CAMPAIGNS);

export const addCampaign = (campaign: CampaignChange) => api.post<Campaign>(CAMPAIGNS, campaign);

export const changeCampaign = (id: number, campaign: CampaignChange) =>
  api.put<Campaign>(`${CAMPAIGNS}/${id}`, campaign);
