import { api } from '../lib/api-client';

export interface NfibFraudType {
  code: string;
  name: string;
  fraudGroup: string;
  confidence: string;
}

export interface OutcomeCode {
  code: string;
  name: string;
  homeOfficeCode: string;
  /** a force's local code, not a Home Office one: shown as "local code" */
  local: boolean;
  /** where the code comes from; for a local code, that it is local and not in the board papers */
  source?: string;
}

export interface PolicingArea {
  id: string;
  name: string;
  teamId: string;
}

export interface TeamMember {
  username: string;
  displayName: string;
}

export const ECU_INVESTIGATIONS = 'ecu-investigations';

export const listNfibFraudTypes = () => api.get<NfibFraudType[]>('/api/reference/nfib-fraud-types');

export const listOutcomeCodes = () => api.get<OutcomeCode[]>('/api/reference/outcome-codes');

/** A decision that closes a crime; each may record only the outcome codes that fit it. */
export type OutcomePath = 'FILED_AT_TRIAGE' | 'INVESTIGATED';

export const listOutcomeCodesFor = (path: OutcomePath) =>
  api.get<OutcomeCode[]>(`/api/reference/outcome-codes?path=${path}`);

/** The codes a dissemination filed at triage may be closed with. */
export const listFilingOutcomeCodes = () => listOutcomeCodesFor('FILED_AT_TRIAGE');

/** The codes an investigated case may be closed with. */
export const listInvestigationOutcomeCodes = () => listOutcomeCodesFor('INVESTIGATED');

export const listPolicingAreas = () => api.get<PolicingArea[]>('/api/reference/policing-areas');

export const listTeamMembers = (teamId: string) =>
  api.get<TeamMember[]>(`/api/teams/${encodeURIComponent(teamId)}/members`);

/** The officers a crime can be allocated to at triage. */
export const listEcuInvestigators = () => listTeamMembers(ECU_INVESTIGATIONS);
