import { toIsoDate, type DateParts } from '../../../lib/dates';
import type { ProtectActivityKind } from '../api/protect-activity';

export const PROTECT_ACTIVITY_KINDS: Record<ProtectActivityKind, { label: string; hint: string; figure: string }> = {
  SOCIAL_MEDIA_POST: {
    label: 'Social media post',
    hint: 'Counted by its impressions',
    figure: 'Number of impressions',
  },
  OUTREACH_EVENT: {
    label: 'Outreach event',
    hint: 'A Protect or crime prevention event, counted by the people who engaged',
    figure: 'Number of people engaged',
  },
};

/** The same rule the server keeps: a whole number from 0 to 10,000,000. */
export function figureProblem(figure: string): string | null {
  const text = figure.trim();
  if (text === '') return 'Enter the number of impressions or people engaged';
  if (/^-\d+$/.test(text)) return 'The number must be 0 or more';
  if (!/^\d{1,9}$/.test(text)) return 'The number must be a whole number, like 250';
  if (Number(text) > 10_000_000) return 'The number must be 10,000,000 or fewer';
  return null;
}

/** The day after the same day three months before `to`: a period of about three months, both days included. */
export function threeMonthsTo(to: string): string {
  const [year, month, day] = to.split('-').map(Number);
  return new Date(Date.UTC(year, month - 4, day + 1)).toISOString().slice(0, 10);
}

export const partsOf = (iso: string): DateParts => {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

export const isoOf = (parts: DateParts) => toIsoDate(parts);
