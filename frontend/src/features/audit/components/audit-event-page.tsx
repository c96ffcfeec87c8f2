import { useCallback, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { formatDateTime } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { getAuditEvent, type AuditEventDetail } from '../api/audit';
import { actionName, recordName } from './audit-words';
import { ChainVerification } from './chain-verification';
import { RequireAuditRole } from './require-audit-role';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value app-break-anywhere">{children}</dd>
    </div>
  );
}

const orNone = (value?: string | null) => (value ? value : 'None recorded');

function detailsText(details: Record<string, unknown>): string {
  const entries = Object.entries(details);
  if (entries.length === 0) return 'None recorded';
  return entries
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

function EventDetail({ detail }: { detail: AuditEventDetail }) {
  const { event } = detail;
  return (
    <>
      <span className="govuk-caption-l">Audit event {event.id}</span>
      <h1 className="govuk-heading-l">{actionName(event.operation)}</h1>
      <dl className="govuk-summary-list" data-testid="audit-event">
        <Row label="Who">{event.username}</Row>
        <Row label="When">{formatDateTime(event.occurredAt, 'long')}</Row>
        <Row label="What">
          {actionName(event.operation)} <span className="govuk-hint govuk-!-display-inline">({event.operation})</span>
        </Row>
        <Row label="Which records">
          {recordName(event.recordType)}
          {event.recordIds.length > 0 && (
            <ul className="govuk-list govuk-!-margin-bottom-0">
              {event.recordIds.map((id) => (
                <li key={id}>{id}</li>
              ))}
            </ul>
          )}
        </Row>
        <Row label="From where">{orNone(event.clientAddress)}</Row>
        <Row label="Justification">{orNone(event.justification)}</Row>
        {event.recipient && <Row label="Disclosed to">{event.recipient}</Row>}
        <Row label="Details">{detailsText(event.details)}</Row>
      </dl>
      <h2 className="govuk-heading-m">Place in the chain</h2>
      <dl className="govuk-summary-list" data-testid="chain-position">
        <Row label="Position">Event {event.id}</Row>
        <Row label="Follows">
          {detail.previousEventId ? (
            <Link className="govuk-link" to={`/audit/events/${detail.previousEventId}`}>
              Event {detail.previousEventId}
            </Link>
          ) : (
            'Nothing: this is the first event'
          )}
        </Row>
        <Row label="Followed by">
          {detail.nextEventId ? (
            <Link className="govuk-link" to={`/audit/events/${detail.nextEventId}`}>
              Event {detail.nextEventId}
            </Link>
          ) : (
            'Nothing yet: this is the latest event'
          )}
        </Row>
        <Row label="Hash of the event before">
          <code>{orNone(detail.previousHash)}</code>
        </Row>
        <Row label="Hash of this event">
          <code>{detail.hash}</code>
        </Row>
      </dl>
      <ChainVerification />
    </>
  );
}

function AuditEvent() {
  const { id = '' } = useParams();
  const location = useLocation();
  const back = (location.state as { back?: string } | null)?.back ?? '/audit';
  const load = useCallback(() => getAuditEvent(id), [id]);
  const { data, error, status } = useApiData(load);
  return (
    <>
      <Link to={back} className="govuk-back-link">
        Back to the audit trail
      </Link>
      {error ? (
        <>
          <h1 className="govuk-heading-l">Audit event {id}</h1>
          <p className="govuk-body" data-testid="event-problem">
            {status === 404 ? `There is no audit event ${id}.` : error}
          </p>
        </>
      ) : data ? (
        <EventDetail detail={data} />
      ) : (
        <p className="govuk-body">Loading…</p>
      )}
    </>
  );
}

export function AuditEventPage() {
  return (
    <RequireAuditRole>
      <AuditEvent />
    </RequireAuditRole>
  );
}
