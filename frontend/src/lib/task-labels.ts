// How a task's SLA status, priority and case facts read in a list.

import type { SlaStatus } from '../api/tasks';

export interface SlaBadge {
  label: string;
  /** the GOV.UK tag classes that colour it */
  className: string;
}

const SLA_BADGES: Record<SlaStatus, SlaBadge> = {
  OVERDUE: { label: 'Overdue', className: 'govuk-tag govuk-tag--red' },
  DUE_SOON: { label: 'Due soon', className: 'govuk-tag govuk-tag--orange' },
  ON_TRACK: { label: 'On track', className: 'govuk-tag govuk-tag--green' },
};

/** The badge beside a due date; none for a task with no due date (the API sends no status then). */
export function slaBadge(status?: SlaStatus | null): SlaBadge | null {
  return status ? (SLA_BADGES[status] ?? null) : null;
}

export type PriorityLabel = 'High' | 'Normal' | 'Low';

/** The engine's priority in words: triage sets 80 for high, 50 for medium and 20 for low. */
export function priorityLabel(priority: number): PriorityLabel {
  if (priority >= 70) return 'High';
  if (priority <= 30) return 'Low';
  return 'Normal';
}

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** e.g. £4,200.00; a dash when the loss is not known. */
export function formatLoss(loss?: number | null): string {
  return loss === undefined || loss === null ? '—' : pounds.format(loss);
}

/** "3 tasks", "1 task". */
export const countOf = (count: number, noun = 'task') =>
  `${count.toLocaleString('en-GB')} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The case page of a task's case, where there is one: fraud cases have theirs at /cases/<reference>;
 * a victim care referral (business key = referral reference) leads to its victim's page; an Offender to
 * Recovery task (business key = participant reference) to its participant's page.
 */
export function casePageHref(task: { process: string; caseReference: string }): string | null {
  if (!task.caseReference) return null;
  const reference = encodeURIComponent(task.caseReference);
  if (task.process === 'fraud-triage') return `/cases/${reference}`;
  if (task.process === 'victim-care') return `/victim-care/referrals/${reference}`;
  if (task.process === 'o2r-programme') return `/recovery/participants/${reference}`;
  return null;
}
