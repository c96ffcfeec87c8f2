import { api } from '../lib/api-client';

export type ContactChannel = 'PHONE' | 'EMAIL' | 'LETTER' | 'VISIT' | 'TEXT';

/** How a victim needs to be contacted, recorded once on the case or by victim care. */
export interface CommunicationNeeds {
  interpreterNeeded: boolean;
  interpreterLanguage?: string | null;
  preferredChannel?: ContactChannel | null;
  timesToAvoid?: string | null;
  otherNeeds?: string | null;
  recordedBy: string;
  recordedAt: string;
  /** where they were recorded, e.g. "Fraud case NFRC-1" or "Victim care" */
  recordedOn: string;
}

/** What an officer enters; a 400 names the fields (interpreterNeeded, interpreterLanguage, …). */
export interface CommunicationNeedsEntry {
  interpreterNeeded: boolean | null;
  interpreterLanguage: string | null;
  preferredChannel: ContactChannel | null;
  timesToAvoid: string | null;
  otherNeeds: string | null;
}

/** What a task that contacts the victim shows at the top of its form. */
export interface ContactNeeds {
  /** absent when none are recorded */
  recorded?: CommunicationNeeds | null;
  /** the page where they are recorded */
  recordAt: string;
}

export const recordCaseNeeds = (crimeReference: string, needs: CommunicationNeedsEntry) =>
  api.put<CommunicationNeeds>(`/api/fraud/cases/${encodeURIComponent(crimeReference)}/communication-needs`, needs);

export const recordVictimNeeds = (victimId: string, needs: CommunicationNeedsEntry) =>
  api.put<CommunicationNeeds>(`/api/victim-care/victims/${encodeURIComponent(victimId)}/communication-needs`, needs);
