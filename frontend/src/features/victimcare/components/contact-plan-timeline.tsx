import { formatDate, formatDateTime } from '../../../lib/dates';
import type { ContactChannel, ContactPlan, ContactPlanChange, PlannedContact } from '../api/referrals';
import { ADVICE, CHANNELS, CONTACT_OUTCOMES, contactStatusTag, inWords, listOf, RESOURCES } from './victim-care-words';

const CONTACT_TITLES: Record<ContactChannel, string> = {
  PHONE: 'Phone call',
  VISIT: 'Visit',
  EMAIL: 'Email',
  LETTER: 'Letter',
};

export type TimelineEntry =
  { kind: 'contact'; on: string; contact: PlannedContact } | { kind: 'change'; on: string; change: ContactPlanChange };

/**
 * The plan in date order, earliest first: each contact on the day it was made (or is planned for),
 * and each change of plan on the day it was made. On the same day a change comes before the contacts
 * it planned.
 */
export function timelineEntries(plan: ContactPlan): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...plan.contacts.map((contact) => ({
      kind: 'contact' as const,
      on: contact.logged?.contactedOn ?? contact.dueOn,
      contact,
    })),
    ...plan.changes.map((change) => ({ kind: 'change' as const, on: change.changedAt, change })),
  ];
  const day = (e: TimelineEntry) => e.on.substring(0, 10);
  const rank = (e: TimelineEntry) => (e.kind === 'change' ? 0 : 1);
  return entries.sort((a, b) => day(a).localeCompare(day(b)) || rank(a) - rank(b) || a.on.localeCompare(b.on));
}

function ContactEntry({ contact }: { contact: PlannedContact }) {
  const tag = contactStatusTag(contact.status);
  const { logged } = contact;
  return (
    <li className="moj-timeline__item" data-testid={`planned-contact-${contact.id}`}>
      <div className="moj-timeline__header">
        <h4 className="moj-timeline__title">
          {CONTACT_TITLES[contact.channel] ?? inWords(CHANNELS, contact.channel)}{' '}
          <strong className={tag.className} data-testid="contact-status">
            {tag.text}
          </strong>
        </h4>
        {logged && <p className="moj-timeline__byline">by {logged.recordedBy}</p>}
      </div>
      <p className="moj-timeline__date">
        <time dateTime={logged?.contactedOn ?? contact.dueOn}>{formatDate(logged?.contactedOn ?? contact.dueOn)}</time>
      </p>
      <div className="moj-timeline__description">
        {logged ? (
          <dl className="govuk-summary-list govuk-summary-list--no-border app-timeline-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Planned for</dt>
              <dd className="govuk-summary-list__value">{formatDate(contact.dueOn)}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Outcome</dt>
              <dd className="govuk-summary-list__value">{inWords(CONTACT_OUTCOMES, logged.outcome)}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Advice given</dt>
              <dd className="govuk-summary-list__value">{listOf(ADVICE, logged.advice)}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Resources issued</dt>
              <dd className="govuk-summary-list__value">{listOf(RESOURCES, logged.resources)}</dd>
            </div>
            {logged.notes && (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Notes</dt>
                <dd className="govuk-summary-list__value">{logged.notes}</dd>
              </div>
            )}
          </dl>
        ) : (
          <p className="govuk-body">
            {contact.status === 'REPLACED'
              ? 'Replaced when the plan changed; no longer planned.'
              : `Planned ${inWords(CHANNELS, contact.channel).toLowerCase()} contact, not yet logged.`}
          </p>
        )}
      </div>
    </li>
  );
}

function ChangeEntry({ change }: { change: ContactPlanChange }) {
  return (
    <li className="moj-timeline__item" data-testid={`plan-change-${change.version}`}>
      <div className="moj-timeline__header">
        <h4 className="moj-timeline__title">Contact plan changed</h4>{' '}
        <p className="moj-timeline__byline">by {change.changedBy}</p>
      </div>
      <p className="moj-timeline__date">
        <time dateTime={change.changedAt}>{formatDateTime(change.changedAt)}</time>
      </p>
      <div className="moj-timeline__description">
        <p className="govuk-body">Reason: {change.reason}</p>
      </div>
    </li>
  );
}

/** The contact plan as a timeline: planned and logged contacts with their status, and changes with reasons. */
export function ContactPlanTimeline({ plan }: { plan: ContactPlan }) {
  const entries = timelineEntries(plan);
  if (entries.length === 0) return <p className="govuk-body">No contacts are planned.</p>;
  return (
    <ol className="moj-timeline app-contact-timeline" data-testid="contact-plan-timeline">
      {entries.map((entry) =>
        entry.kind === 'contact' ? (
          <ContactEntry key={`contact-${entry.contact.id}`} contact={entry.contact} />
        ) : (
          <ChangeEntry key={`change-${entry.change.version}`} change={entry.change} />
        ),
      )}
    </ol>
  );
}
