import type { ErrorItem } from '../../../components/error-summary';
import { dateProblem, isDateEmpty, toIsoDate, type DateParts } from '../../../lib/dates';

export const JUSTIFICATION_FIELD = 'justification';
export const DUE_BY_FIELD = 'dueBy';

/** Checks done before asking the server to erase; the server still checks. */
export function validateErasure(justification: string): ErrorItem[] {
  if (!justification.trim()) {
    return [{ field: JUSTIFICATION_FIELD, message: 'Give the reason for erasing this personal data' }];
  }
  if (justification.trim().length > 2000) {
    return [{ field: JUSTIFICATION_FIELD, message: 'The reason must be 2000 characters or fewer' }];
  }
  return [];
}

/** The "due for review by" date as ISO, or the problem with it; empty means today. */
export function dueByAnswer(parts: DateParts): { iso?: string; errors: ErrorItem[] } {
  if (isDateEmpty(parts)) return { errors: [] };
  const problem = dateProblem(parts, 'the date records are due for review by');
  if (problem) return { errors: [{ field: `${DUE_BY_FIELD}-day`, message: problem }] };
  return { iso: toIsoDate(parts) ?? undefined, errors: [] };
}

/** e.g. "6 years", "1 year", "18 months". */
export function reviewPeriod(months: number): string {
  if (months % 12 === 0) {
    const years = months / 12;
    return `${years} ${years === 1 ? 'year' : 'years'}`;
  }
  return `${months} ${months === 1 ? 'month' : 'months'}`;
}

/** The address of the erasure page for one record. */
export function erasurePath(recordType: string, recordId: string): string {
  return `/admin/retention/erase?${new URLSearchParams({ recordType, recordId }).toString()}`;
}
