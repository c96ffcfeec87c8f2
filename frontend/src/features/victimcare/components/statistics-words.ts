import { totalText } from '../../../lib/withheld-counts';
import type { Count, WeekOfVictimCare } from '../api/statistics';

/** "2026-11-16" → "16 Nov 2026". */
export function weekLabel(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The weeks the page offers to look back over; 12 when the address asks for anything else. */
export const WEEK_CHOICES = [4, 12, 26, 52];

export function weeksFrom(param: string | null): number {
  const n = Number(param);
  return WEEK_CHOICES.includes(n) ? n : 12;
}

/** A figure of a week, 0 when the API left it out; not `?? 0`, which would turn a withheld null into 0. */
export const figure = (counts: Partial<Record<string, Count>>, key: string): Count =>
  counts[key] === undefined ? 0 : counts[key];

/** The sum of one figure over the weeks shown, in words. */
export const total = (weeks: WeekOfVictimCare[], value: (w: WeekOfVictimCare) => Count) => totalText(weeks.map(value));
