import type { FieldError } from '../../../lib/api-client';
import type { OutcomeReturnStatus } from '../api/outcome-returns';

export interface Tag {
  text: string;
  className: string;
}

const TAGS: Record<OutcomeReturnStatus, Tag> = {
  BUILT: { text: 'Built', className: 'govuk-tag govuk-tag--blue' },
  SUBMITTED: { text: 'Submitted', className: 'govuk-tag govuk-tag--green' },
};

export function returnStatusTag(status: OutcomeReturnStatus): Tag {
  return TAGS[status] ?? { text: status, className: 'govuk-tag govuk-tag--grey' };
}

/** "2026-10-01" or "2026-10" → "October 2026". */
export function monthName(month: string): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  return new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export const MONTH_FIELD = 'month';

/** The checks made before asking for a build: a month written YYYY-MM (the server checks it has ended). */
export function validateReturnMonth(month: string): FieldError[] {
  const value = month.trim();
  if (!value) return [{ field: MONTH_FIELD, message: 'Enter the month of the return' }];
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
    return [{ field: MONTH_FIELD, message: 'Give the month as YYYY-MM, for example 2026-10' }];
  }
  return [];
}
