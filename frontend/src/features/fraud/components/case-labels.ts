// Words for the codes a fraud case is stored with.
import type { CaseEventType, EnhancedRightsCategory } from '../api/fraud-cases';

export const STATUS_LABELS: Record<string, string> = {
  RECEIVED: 'Awaiting triage',
  RETURNED_TO_TRIAGE: 'Returned to triage',
  FILING: 'Being filed',
  AWAITING_ACCEPTANCE: 'Awaiting acceptance by the area',
  INVESTIGATING: 'Being investigated',
  FINALISED: 'Finalised',
};

export const DECISION_LABELS: Record<string, string> = {
  ALLOCATE_ECU: 'Allocated to an ECU officer',
  ALLOCATE_AREA: 'Allocated to a policing area',
  FILE: 'Filed with no further action',
  RETURN_TO_NFIB: 'Returned to NFIB: not for this force',
};

export const PRIORITY_LABELS: Record<string, string> = { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

export const VICTIM_TYPE_LABELS: Record<string, string> = { INDIVIDUAL: 'Individual', ORGANISATION: 'Organisation' };

export const EVENT_TYPE_LABELS: Record<CaseEventType, string> = {
  ARREST: 'Arrest',
  INTERVIEW_UNDER_CAUTION: 'Interview under caution',
  RELEASE: 'Release',
  BAIL_CHANGE: 'Change to bail',
  CHARGE: 'Charge',
  OUT_OF_COURT_DISPOSAL: 'Out of court disposal',
  NEW_INFORMATION: 'New information or evidence',
};

export const ENHANCED_RIGHTS_LABELS: Record<EnhancedRightsCategory, string> = {
  MOST_SERIOUS_CRIME: 'Victim of the most serious crime',
  PERSISTENTLY_TARGETED: 'Persistently targeted',
  VULNERABLE: 'Vulnerable',
  INTIMIDATED: 'Intimidated',
};

export const label = (labels: Record<string, string>, code?: string | null) => (code ? (labels[code] ?? code) : '—');

export function formatMoney(value?: number | null): string {
  return value == null ? '—' : value.toLocaleString('en-GB', { style: 'currency', currency: 'GBP' });
}
