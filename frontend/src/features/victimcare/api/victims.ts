import { api } from '../../../lib/api-client';
import type { ReferralDetail, ReferralStage, ScreeningReason } from './referrals';

/** A victim's most recent referral, as the search list shows it. */
export interface LatestReferral {
  reference: string;
  stage: ReferralStage;
  referredAt: string;
}

export interface VictimSummary {
  id: string;
  name: string;
  dateOfBirth?: string | null;
  repeatVictim: boolean;
  latestReferral: LatestReferral | null;
}

export interface VictimSearchResult {
  victims: VictimSummary[];
  total: number;
}

export type ScreeningResult = 'REFERRED' | 'SCREENED_OUT';

/** The person on one crime of a weekly list, and what screening decided. */
export interface VictimListing {
  crimeReference: string;
  reportedDate: string;
  nfibCode: string;
  nfibName?: string | null;
  ndmScore?: number | null;
  lossGbp?: number | null;
  listWeek?: string | null;
  screeningResult: ScreeningResult;
  screeningReasons: ScreeningReason[];
  referralReference?: string | null;
}

export interface Victim {
  id: string;
  forename: string;
  surname: string;
  dateOfBirth?: string | null;
  age?: number | null;
  phone?: string | null;
  email?: string | null;
  postcode?: string | null;
  repeatVictim: boolean;
  listings: VictimListing[];
  referrals: ReferralDetail[];
}

/** How many victims a page of the search list holds. */
export const VICTIMS_PAGE_SIZE = 25;

/** Victims matching a name, reference, phone or email; `page` counts from 0. */
export const searchVictims = (q: string, page: number) =>
  api.get<VictimSearchResult>(
    `/api/victim-care/victims?${new URLSearchParams({ q, page: String(page), size: String(VICTIMS_PAGE_SIZE) })}`,
  );

/** A victim with their crimes and referrals; read as a consultation, so the API audits it. */
export const getVictim = (victimId: string) =>
  api.get<Victim>(`/api/victim-care/victims/${encodeURIComponent(victimId)}`);
