import { api } from '../../../lib/api-client';

/** The operations the audit trail records (AuditOperation on the server). */
export type AuditOperation =
  | 'COLLECTION'
  | 'ALTERATION'
  | 'CONSULTATION'
  | 'DISCLOSURE'
  | 'COMBINATION'
  | 'ERASURE'
  | 'ACCESS_REFUSED'
  | 'AUDIT_SEARCH'
  | 'LOGIN'
  | 'LOGIN_FAILED'
  | 'CHAIN_KEYED';

/** One audit row as an auditor sees it. */
export interface AuditEvent {
  id: number;
  occurredAt: string;
  username: string;
  operation: AuditOperation;
  /** e.g. crime, victim, o2r-participant, endpoint */
  recordType: string;
  recordIds: string[];
  clientAddress?: string | null;
  justification?: string | null;
  recipient?: string | null;
  details: Record<string, unknown>;
}

/** A page of events, newest first; pages count from 0. */
export interface AuditPage {
  events: AuditEvent[];
  page: number;
  size: number;
  total: number;
}

/** One event and its place in the hash chain. */
export interface AuditEventDetail {
  event: AuditEvent;
  previousHash?: string | null;
  hash: string;
  previousEventId?: number | null;
  nextEventId?: number | null;
}

export interface AuditVerification {
  intact: boolean;
  checkedRecords: number;
  lastVerifiedRecordId?: number | null;
  firstBrokenRecordId?: number | null;
  message: string;
}

/** What the auditor searches by; every part optional, dates ISO yyyy-MM-dd and both inclusive. */
export interface AuditSearch {
  username?: string;
  recordType?: string;
  recordId?: string;
  operation?: string;
  fromDate?: string;
  toDate?: string;
}

const base = '/api/audit';

export function auditQuery(search: AuditSearch): URLSearchParams {
  const query = new URLSearchParams();
  (Object.entries(search) as [string, string | undefined][]).forEach(([name, value]) => {
    if (value) query.set(name, value);
  });
  return query;
}

/** One page of matching events; `page` counts from 0. A 400 names the field that is not valid. */
export function searchAuditEvents(search: AuditSearch, page: number, size: number) {
  const query = auditQuery(search);
  query.set('page', String(page));
  query.set('size', String(size));
  return api.get<AuditPage>(`${base}/events?${query}`);
}

export const getAuditEvent = (id: string) => api.get<AuditEventDetail>(`${base}/events/${encodeURIComponent(id)}`);

export const verifyAuditChain = () => api.get<AuditVerification>(`${base}/verification`);

/** Where the browser downloads the search as CSV; the download is itself recorded as a disclosure. */
export function auditCsvUrl(search: AuditSearch): string {
  const query = auditQuery(search).toString();
  return `${base}/events.csv${query ? `?${query}` : ''}`;
}
