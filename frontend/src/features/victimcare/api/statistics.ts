import { api } from '../../../lib/api-client';
import type { ProtectResource, ScreeningReason } from './referrals';

/** One week's figures; `week` is its Monday. */
export interface WeekOfVictimCare {
  week: string;
  referredByReason: Partial<Record<ScreeningReason, number>>;
  referred: number;
  screenedOut: number;
  contactsMade: number;
  resourcesIssued: Partial<Record<ProtectResource, number>>;
  victimSupportReferrals: number;
}

export interface VictimCareStatistics {
  weeks: WeekOfVictimCare[];
}

export const getStatistics = (weeks: number) =>
  api.get<VictimCareStatistics>(`/api/victim-care/statistics?weeks=${weeks}`);
