import { api } from '../../../lib/api-client';

/** One row of the retention schedule; `erasable` when the application holds such records and can erase them. */
export interface ScheduleEntry {
  recordType: string;
  name: string;
  reviewAfterMonths: number;
  measuredFrom: string;
  atReview: string;
  basis: string;
  erasable: boolean;
}

/** A record whose review date has come. The summary never names a person. */
export interface DueRecord {
  recordType: string;
  recordTypeName: string;
  recordId: string;
  summary: string;
  /** ISO date the retention clock started */
  retainedFrom: string;
  /** ISO date the record falls due for review */
  reviewDue: string;
}

export interface DueForReview {
  dueBy: string;
  records: DueRecord[];
  /** more records are due than were listed */
  truncated: boolean;
}

export interface ErasureDone {
  recordType: string;
  recordId: string;
  /** the record had been erased before; nothing changed this time */
  alreadyErased: boolean;
  erasedAt: string;
  erasedBy: string;
  erased: string[];
}

const base = '/api/admin/retention';

export const getRetentionSchedule = () => api.get<ScheduleEntry[]>(`${base}/schedule`);

/** Records due for review by `dueBy` (ISO date; today when absent), of one type or of all types. */
export function getDueRecords(recordType?: string, dueBy?: string) {
  const query = new URLSearchParams();
  if (recordType) query.set('recordType', recordType);
  if (dueBy) query.set('dueBy', dueBy);
  const search = query.toString();
  return api.get<DueForReview>(`${base}/due${search ? `?${search}` : ''}`);
}

/**
 * Erases the record's personal data: an ApiError 400 (fieldErrors on "justification"), 404 (no such
 * record) or 409 (still being worked) when it cannot.
 */
export const eraseRecord = (recordType: string, recordId: string, justification: string) =>
  api.post<ErasureDone>(`${base}/erasures`, { recordType, recordId, justification });
