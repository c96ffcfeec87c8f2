// Dates as the API speaks them (ISO yyyy-MM-dd) and as GOV.UK date inputs hold them (day, month, year).
// Days and times are the force's, in England and Wales, whatever the zone of the computer showing them:
// "today" on a form is the server's today, also at half past midnight in summer time.

export const FORCE_TIME_ZONE = 'Europe/London';

const forceDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: FORCE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyDate = (): DateParts => ({ day: '', month: '', year: '' });

export function isDateEmpty({ day, month, year }: DateParts): boolean {
  return !day.trim() && !month.trim() && !year.trim();
}

/** The ISO date the parts make, or null when they are not a real date. */
export function toIsoDate({ day, month, year }: DateParts): string | null {
  const d = day.trim();
  const m = month.trim();
  const y = year.trim();
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    return null;
  }
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Today in England and Wales, as ISO yyyy-MM-dd. */
export function todayIso(now: Date = new Date()): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => forceDay.formatToParts(now).find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The month before the one `now` is in (in England and Wales), as YYYY-MM. */
export function monthBefore(now: Date = new Date()): string {
  const [year, month] = todayIso(now).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/**
 * What is wrong with a date answer, in words, or null when it is fine.
 * `name` reads inside a sentence, e.g. "the date the victim was told".
 */
export function dateProblem(
  parts: DateParts,
  name: string,
  options: { notInFuture?: boolean; today?: string } = {},
): string | null {
  if (isDateEmpty(parts)) return `Enter ${name}`;
  const iso = toIsoDate(parts);
  if (!iso) return `${capitalise(name)} must be a real date, like 27 3 2025`;
  if (options.notInFuture && iso > (options.today ?? todayIso())) return `${capitalise(name)} cannot be in the future`;
  return null;
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** e.g. 3 Mar 2025; a dash when there is no date. */
export function formatDate(value?: string | null): string {
  if (!value) return '—';
  // A bare ISO date is a calendar date, not midnight UTC: show it as written.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T12:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }
  return new Date(value).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: FORCE_TIME_ZONE,
  });
}

/** A moment as the force's clocks showed it: e.g. 20 Nov 2026, 10:15 (short) or 20 November 2026 at 10:15 (long). */
export function formatDateTime(value?: string | null, month: 'short' | 'long' = 'short'): string {
  if (!value) return '—';
  return new Date(value).toLocaleString('en-GB', {
    day: 'numeric',
    month,
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: FORCE_TIME_ZONE,
  });
}

/** The time of day on the force's clocks, e.g. 14:05. */
export function formatTime(value: string): string {
  return new Date(value).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: FORCE_TIME_ZONE });
}
