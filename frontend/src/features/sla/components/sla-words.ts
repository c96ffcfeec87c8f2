import type { FieldError } from '../../../lib/api-client';

/** "2026-03-02" → "2 Mar" (a calendar date, shown as written, whatever the browser's zone). */
export function shortDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** "2026-03" → "March 2026". */
export function monthName(month: string): string {
  return new Date(`${month}-01T12:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A team's name, or its id when the name is unknown, or a dash for none. */
export const teamLabel = (row: { team?: string | null; teamName?: string | null }) => row.teamName ?? row.team ?? '—';

/** "75.0" → "75%"; "66.7" → "66.7%"; nothing decided → a dash. */
export function percentLabel(percent?: number | null): string {
  if (percent === null || percent === undefined) return '—';
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

/** The share met in time of the clocks that are decided (met, met late or breached), in words. */
export function complianceRate({ met, metLate, breached }: { met: number; metLate: number; breached: number }): string {
  const decided = met + metLate + breached;
  return decided === 0 ? '—' : percentLabel(Math.round((met * 1000) / decided) / 10);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Problems with a period typed as two ISO dates, by field (`from`, `to`), in the server's words. */
export function validatePeriod(from: string, to: string): FieldError[] {
  const problems: FieldError[] = [];
  if (!isRealDate(from.trim()))
    problems.push({ field: 'from', message: 'Give the date as YYYY-MM-DD, for example 2026-03-31' });
  if (!isRealDate(to.trim()))
    problems.push({ field: 'to', message: 'Give the date as YYYY-MM-DD, for example 2026-03-31' });
  if (problems.length === 0 && from.trim() > to.trim()) {
    problems.push({ field: 'from', message: 'The start of the period must be on or before its end' });
  }
  return problems;
}

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Problems with a range of months typed as YYYY-MM, by field (`from`, `to`), in the server's words. */
export function validateMonths(from: string, to: string): FieldError[] {
  const problems: FieldError[] = [];
  if (!YEAR_MONTH.test(from.trim()))
    problems.push({ field: 'from', message: 'Give the month as YYYY-MM, for example 2026-03' });
  if (!YEAR_MONTH.test(to.trim()))
    problems.push({ field: 'to', message: 'Give the month as YYYY-MM, for example 2026-03' });
  if (problems.length === 0 && from.trim() > to.trim()) {
    problems.push({ field: 'from', message: 'The first month must be on or before the last' });
  }
  return problems;
}

/** A case's status for a Victims' Code right, in the users' words. */
export const STATUS_WORDS: Record<string, string> = {
  MET: 'Met on time',
  MET_LATE: 'Met late',
  NOT_MET: 'Not met',
  OPTED_OUT_OR_UNREACHABLE: 'Opted out or unreachable',
  NOT_APPLICABLE: 'Not applicable',
  NOT_RECORDED: 'Not recorded',
  NOT_YET_DUE: 'Not yet due',
};
