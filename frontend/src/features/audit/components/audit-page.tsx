import { useCallback, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { Pagination } from '../../../components/pagination';
import { Select } from '../../../components/select';
import { TableHead } from '../../../components/table-head';
import { TextInput } from '../../../components/text-input';
import { formatDateTime, type DateParts } from '../../../lib/dates';
import { pageCount, showingRange } from '../../../lib/pagination';
import { useApiData } from '../../../lib/use-api-data';
import { auditCsvUrl, searchAuditEvents, type AuditPage as Page, type AuditSearch } from '../api/audit';
import { ACTION_NAMES, SUBJECT_KINDS, actionName, datePartsOf, periodAnswer, recordsOf } from './audit-words';
import { ChainVerification } from './chain-verification';
import { RequireAuditRole } from './require-audit-role';

export const AUDIT_PAGE_SIZE = 25;

const FIELDS = ['username', 'recordType', 'recordId', 'operation', 'fromDate', 'toDate'] as const;

const actionOptions = Object.entries(ACTION_NAMES).map(([value, label]) => ({ value, label }));

function searchOf(params: URLSearchParams): AuditSearch {
  const search: AuditSearch = {};
  FIELDS.forEach((name) => {
    const value = params.get(name);
    if (value) search[name] = value;
  });
  return search;
}

function Results({ found, page, here }: { found: Page; page: number; here: string }) {
  if (found.events.length === 0) {
    return (
      <p className="govuk-body" data-testid="no-events">
        No events match this search.
      </p>
    );
  }
  return (
    <table className="govuk-table" data-testid="audit-events">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {showingRange(page, AUDIT_PAGE_SIZE, found.total, 'events')}
      </caption>
      <TableHead columns={['Event', 'When', 'Who', 'Action', 'Records']} />
      <tbody className="govuk-table__body">
        {found.events.map((e) => (
          <tr className="govuk-table__row" key={e.id}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={`/audit/events/${e.id}`} state={{ back: here }}>
                Event {e.id}
              </Link>
            </th>
            <td className="govuk-table__cell">{formatDateTime(e.occurredAt)}</td>
            <td className="govuk-table__cell">{e.username}</td>
            <td className="govuk-table__cell">{actionName(e.operation)}</td>
            <td className="govuk-table__cell app-break-anywhere">{recordsOf(e)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AuditTrail() {
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const search = searchOf(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const searchKey = new URLSearchParams(search as Record<string, string>).toString();

  const [username, setUsername] = useState(search.username ?? '');
  const [recordType, setRecordType] = useState(search.recordType ?? '');
  const [recordId, setRecordId] = useState(search.recordId ?? '');
  const [operation, setOperation] = useState(search.operation ?? '');
  const [from, setFrom] = useState<DateParts>(() => datePartsOf(params.get('fromDate')));
  const [to, setTo] = useState<DateParts>(() => datePartsOf(params.get('toDate')));
  const [errors, setErrors] = useState<ErrorItem[]>([]);

  const load = useCallback(
    () => searchAuditEvents(Object.fromEntries(new URLSearchParams(searchKey)), page - 1, AUDIT_PAGE_SIZE),
    [searchKey, page],
  );
  const { data: found, error } = useApiData(load);

  function submit(event: FormEvent) {
    event.preventDefault();
    const period = periodAnswer(from, to);
    setErrors(period.errors);
    if (period.errors.length > 0) return;
    const next = new URLSearchParams();
    const answers: AuditSearch = { username, recordType, recordId, operation, ...period };
    FIELDS.forEach((name) => {
      const value = answers[name]?.trim();
      if (value) next.set(name, value);
    });
    setParams(next);
  }

  const hrefFor = (n: number) => {
    const next = new URLSearchParams(searchKey);
    if (n > 1) next.set('page', String(n));
    return `/audit?${next}`;
  };
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">Audit trail</h1>
          <p className="govuk-body">
            Who did what to which records, and when. Every search, every event you open and every download is itself
            kept on the audit trail.
          </p>
          <ChainVerification />
          <form onSubmit={submit} noValidate data-testid="audit-search">
            <h2 className="govuk-heading-m">Search the audit trail</h2>
            <TextInput
              id="username"
              label="User"
              hint="Their username, for example ecu.officer"
              className="govuk-!-width-two-thirds"
              spellCheck={false}
              autoComplete="off"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
            <Select
              id="recordType"
              label="Kind of record"
              hint="Leave as any record to find every event naming the reference, including work on its tasks"
              options={SUBJECT_KINDS}
              placeholder="Any record"
              value={recordType}
              onChange={setRecordType}
            />
            <TextInput
              id="recordId"
              label="Reference"
              hint="A crime reference, victim ID or participant reference"
              className="govuk-!-width-two-thirds"
              spellCheck={false}
              autoComplete="off"
              value={recordId}
              onChange={(e) => setRecordId(e.target.value)}
            />
            <Select
              id="operation"
              label="Action"
              options={actionOptions}
              placeholder="Any action"
              value={operation}
              onChange={setOperation}
            />
            <DateInput
              id="fromDate"
              legend="From"
              hint="The first day to include, for example 1 3 2026"
              error={errorFor('fromDate-day')}
              value={from}
              onChange={setFrom}
            />
            <DateInput
              id="toDate"
              legend="To"
              hint="The last day to include"
              error={errorFor('toDate-day')}
              value={to}
              onChange={setTo}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Search
            </button>
          </form>
        </div>
      </div>
      {error ? (
        <p className="govuk-body" data-testid="search-problem">
          {error}
        </p>
      ) : found ? (
        <>
          <Results found={found} page={page} here={location.pathname + location.search} />
          <Pagination page={page} pages={pageCount(found.total, AUDIT_PAGE_SIZE)} hrefFor={hrefFor} />
          {found.total > 0 && (
            <p className="govuk-body">
              <a className="govuk-link" href={auditCsvUrl(search)} download>
                Download CSV<span className="govuk-visually-hidden"> of the events found</span>
              </a>{' '}
              (the download is recorded on the audit trail as a disclosure to you)
            </p>
          )}
        </>
      ) : (
        <p className="govuk-body">Loading…</p>
      )}
    </>
  );
}

export function AuditTrailPage() {
  return (
    <RequireAuditRole>
      <AuditTrail />
    </RequireAuditRole>
  );
}
