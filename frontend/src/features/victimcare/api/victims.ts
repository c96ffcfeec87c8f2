import type { CommunicationNeeds } from '../../../api/communication-needs';
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
  /** The person's open referral this crime joined, instead of a referral of its own. */
  joinedReferralReference?: string | null;
  /** The victim list import it came in, and its line there. */
  importJobId?: string | null;
  line?: number | null;
  /** The person as this list gave them: every name and contact detail a victim was listed with is kept. */
  listedAs?: ListedAs | null;
}

export interface ListedAs {
  forename: string;
  surname: string;
  dateOfBirth?: string | null;
  phone?: string | null;
  email?: string | null;
  postcode?: string | null;
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
  /** Set on a record confirmed to be another victim: its listings are with that victim now. */
  linkedTo?: string | null;
  /** Possible matches waiting for a victim care officer's decision. */
  possibleMatches?: PossibleMatch[];
  /** Records confirmed to be this person, which can be un-linked. */
  confirmedLinks?: PossibleMatch[];
  /** how the person needs to be contacted, as victim care recorded it; absent when none */
  communicationNeeds?: CommunicationNeeds | null;
}

export type Comparison = 'SAME' | 'DIFFERENT' | 'MISSING';

/** One detail side by side: as the new listing gave it, as the victim already known has it. */
export interface MatchEvidence {
  field: 'forename' | 'surname' | 'dateOfBirth' | 'phone' | 'email' | 'postcode';
  listed?: string | null;
  known?: string | null;
  comparison: Comparison;
}

/** Two victim records that may be one person: `victimId` was made for the listing, `candidateVictimId` was known. */
export interface PossibleMatch {
  id: string;
  victimId: string;
  candidateVictimId: string;
  crimeReference: string;
  rule: string;
  reason: string;
  evidence: MatchEvidence[];
  status: 'OPEN' | 'CONFIRMED' | 'REJECTED';
  raisedAt: string;
  decidedBy?: string | null;
  decidedAt?: string | null;
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
