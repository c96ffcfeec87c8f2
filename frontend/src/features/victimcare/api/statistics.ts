import { api } from '../../../lib/api-client';
import type { ProtectResource, ScreeningReason } from './referrals';

/** A count of 1 to 4 people is withheld, as null, so that no one can be identified from it. */
export type Count = number | null;

/** One week's figures; `week` is its Monday. */
export interface WeekOfVictimCare {
  week: string;
  referredByReason: Partial<Record<ScreeningReason, Count>>;
  referred: Count;
  screenedOut: Count;
  contactsMade: Count;
  resourcesIssued: Partial<Record<ProtectResource, Count>>;
  victimSupportReferrals: Count;
}

export interface VictimCareStatistics {
  weeks: WeekOfVictimCare[];
}

export const getStatistics = (weeks: number) =>
  api.get<VictimCareStatistics>(`/api/victim-care/statistics?weeks=${weeks}`);
