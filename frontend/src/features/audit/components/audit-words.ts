import { toIsoDate, isDateEmpty, type DateParts } from '../../../lib/dates';
import type { ErrorItem } from '../../../components/error-summary';
import type { AuditEvent, AuditOperation, AuditVerification } from '../api/audit';

/** Each operation in the words an auditor uses; the server's names stay in the CSV. */
export const ACTION_NAMES: Record<AuditOperation, string> = {
  CONSULTATION: 'Viewed personal data',
  COLLECTION: 'Recorded personal data',
  ALTERATION: 'Changed a record',
  ERASURE: 'Erased',
  DISCLOSURE: 'Exported or disclosed',
  COMBINATION: 'Combined records',
  ACCESS_REFUSED: 'Was refused access',
  AUDIT_SEARCH: 'Searched the audit trail',
  LOGIN: 'Signed in',
  LOGIN_FAILED: 'Failed to sign in',
  CHAIN_KEYED: 'Started signing the audit trail',
};

export const actionName = (operation: string) => ACTION_NAMES[operation as AuditOperation] ?? operation;

/** The kinds of record an auditor looks people and cases up by, as AuditEntry names them. */
export const SUBJECT_KINDS = [
  { value: 'crime', label: 'Crime reference' },
  { value: 'victim', label: 'Victim ID' },
  { value: 'victim-referral', label: 'Victim care referral reference' },
  { value: 'o2r-participant', label: 'Participant reference' },
];

const RECORD_NAMES: Record<string, string> = {
  crime: 'Crime',
  victim: 'Victim',
  'victim-referral': 'Victim care referral',
  'victim-enhanced-rights': 'Enhanced rights',
  engine: 'Process engine tools',
  'o2r-participant': 'Participant',
  'audit-event': 'Audit trail',
  'user-session': 'Sign-in',
  endpoint: 'Page or service',
  task: 'Task',
  'task-list': 'Task list',
  'case-event': 'Case event',
  'import-report': 'Import report',
};

export const recordName = (recordType: string) => RECORD_NAMES[recordType] ?? recordType;

/** e.g. "Crime NFRC-1234"; only the kind when no record is named. */
export function recordsOf(event: Pick<AuditEvent, 'recordType' | 'recordIds'>): string {
  const name = recordName(event.recordType);
  return event.recordIds.length === 0 ? name : `${name} ${event.recordIds.join(', ')}`;
}

/** The verification's result in a sentence. */
export function verificationWords(result: AuditVerification): string {
  if (result.intact) {
    if (result.lastVerifiedRecordId == null) return 'The audit trail is empty: there is nothing to verify.';
    const count = result.checkedRecords.toLocaleString('en-GB');
    return `Verified up to event ${result.lastVerifiedRecordId}: the audit trail is intact (${count} event${result.checkedRecords === 1 ? '' : 's'} checked).`;
  }
  return `Broken at event ${result.firstBrokenRecordId}. ${result.message}`;
}

export interface PeriodAnswer {
  fromDate?: string;
  toDate?: string;
  errors: ErrorItem[];
}

/** The date range as ISO dates, or what is wrong with it; both days are optional. */
export function periodAnswer(from: DateParts, to: DateParts): PeriodAnswer {
  const errors: ErrorItem[] = [];
  const fromDate = isDateEmpty(from) ? undefined : toIsoDate(from);
  const toDate = isDateEmpty(to) ? undefined : toIsoDate(to);
  if (fromDate === null)
    errors.push({ field: 'fromDate-day', message: 'The first day must be a real date, like 27 3 2026' });
  if (toDate === null)
    errors.push({ field: 'toDate-day', message: 'The last day must be a real date, like 27 3 2026' });
  if (fromDate && toDate && toDate < fromDate) {
    errors.push({ field: 'toDate-day', message: 'The last day must be the same as or after the first day' });
  }
  return { fromDate: fromDate ?? undefined, toDate: toDate ?? undefined, errors };
}

/** An ISO date as the parts a GOV.UK date input holds. */
export function datePartsOf(iso: string | null): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match
    ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] }
    : { day: '', month: '', year: '' };
}
