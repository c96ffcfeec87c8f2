import { useCallback, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { SuccessBanner } from '../../../components/notification-banner';
import { Select } from '../../../components/select';
import { emptyDate, formatDate, type DateParts } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { getDueRecords, getRetentionSchedule, type DueForReview, type ScheduleEntry } from '../api/retention';
import { RequireAdministrator } from './require-administrator';
import { DUE_BY_FIELD, dueByAnswer, erasurePath, reviewPeriod } from './retention-words';
import { TableHead } from '../../../components/table-head';

/** What the erasure page hands back when it is done. */
export interface ErasedState {
  erased?: string;
  alreadyErased?: boolean;
}

function datePartsOf(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] } : emptyDate();
}

function erasedMessage(state: ErasedState | null): string | null {
  if (!state?.erased) return null;
  return state.alreadyErased
    ? `The personal data of ${state.erased} had already been erased. Nothing was changed.`
    : `Personal data erased from ${state.erased}`;
}

function DueTable({ due, back }: { due: DueForReview; back: string }) {
  if (due.records.length === 0) {
    return (
      <p className="govuk-body" data-testid="nothing-due">
        No records are due for review by {formatDate(due.dueBy)}.
      </p>
    );
  }
  return (
    <>
      <table className="govuk-table" data-testid="due-records">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Records due for review by {formatDate(due.dueBy)}
        </caption>
        <TableHead
          columns={['Reference', 'Record', 'What it is', 'Held from', 'Review due', { label: 'Action', hidden: true }]}
        />
        <tbody className="govuk-table__body">
          {due.records.map((r) => (
            <tr className="govuk-table__row" key={`${r.recordType}:${r.recordId}`}>
              <th scope="row" className="govuk-table__header">
                {r.recordId}
              </th>
              <td className="govuk-table__cell">{r.recordTypeName}</td>
              <td className="govuk-table__cell">{r.summary}</td>
              <td className="govuk-table__cell">{formatDate(r.retainedFrom)}</td>
              <td className="govuk-table__cell">{formatDate(r.reviewDue)}</td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={erasurePath(r.recordType, r.recordId)} state={{ back }}>
                  Erase personal data<span className="govuk-visually-hidden"> from {r.recordId}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {due.truncated && (
        <div className="govuk-inset-text">
          More records are due than are listed here. Erase or review these first, then show the list again.
        </div>
      )}
    </>
  );
}

function ScheduleTable({ schedule }: { schedule: ScheduleEntry[] }) {
  return (
    <table className="govuk-table" data-testid="retention-schedule">
      <caption className="govuk-table__caption govuk-table__caption--m">Retention schedule</caption>
      <TableHead columns={['Record', 'Reviewed after', 'Counted from', 'At review']} />
      <tbody className="govuk-table__body">
        {schedule.map((entry) => (
          <tr className="govuk-table__row" key={entry.recordType}>
            <th scope="row" className="govuk-table__header">
              {entry.name}
            </th>
            <td className="govuk-table__cell">{reviewPeriod(entry.reviewAfterMonths)}</td>
            <td className="govuk-table__cell">{entry.measuredFrom}</td>
            <td className="govuk-table__cell">
              {entry.atReview}
              {!entry.erasable && (
                <div className="govuk-hint govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                  Not held in this application yet.
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RetentionReview() {
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const recordType = searchParams.get('recordType') ?? '';
  const dueBy = searchParams.get(DUE_BY_FIELD) ?? '';
  const [typeAnswer, setTypeAnswer] = useState(recordType);
  const [dateAnswer, setDateAnswer] = useState<DateParts>(() => datePartsOf(dueBy));
  const [errors, setErrors] = useState<ErrorItem[]>([]);

  const { data: schedule, error: scheduleError } = useApiData(getRetentionSchedule);
  const loadDue = useCallback(() => getDueRecords(recordType || undefined, dueBy || undefined), [recordType, dueBy]);
  const { data: due, error: dueError } = useApiData(loadDue);

  function submit(event: FormEvent) {
    event.preventDefault();
    const answer = dueByAnswer(dateAnswer);
    setErrors(answer.errors);
    if (answer.errors.length > 0) return;
    const next = new URLSearchParams();
    if (typeAnswer) next.set('recordType', typeAnswer);
    if (answer.iso) next.set(DUE_BY_FIELD, answer.iso);
    setSearchParams(next);
  }

  const typeOptions = (schedule ?? [])
    .filter((entry) => entry.erasable)
    .map((entry) => ({ value: entry.recordType, label: entry.name }));
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SuccessBanner message={erasedMessage(location.state as ErasedState | null)} />
          <ErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">Retention review</h1>
          <p className="govuk-body">
            Records that have been held for their review period under the retention schedule. Decide whether each is
            still needed for a policing purpose; if it is not, erase its personal data. Every erasure is kept on the
            audit trail with your reason.
          </p>
          <form onSubmit={submit} noValidate data-testid="due-filter">
            <Select
              id="recordType"
              label="Record type"
              options={typeOptions}
              placeholder="All record types"
              value={typeAnswer}
              onChange={setTypeAnswer}
            />
            <DateInput
              id={DUE_BY_FIELD}
              legend="Due for review by"
              hint="Leave empty for today. To plan ahead, give a later date, for example 31 3 2031"
              error={errors.find((e) => e.field === `${DUE_BY_FIELD}-day`)?.message}
              value={dateAnswer}
              onChange={setDateAnswer}
            />
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Show records due
            </button>
          </form>
        </div>
      </div>
      {dueError ? (
        <p className="govuk-body" data-testid="due-problem">
          {dueError}
        </p>
      ) : due ? (
        <DueTable due={due} back={location.pathname + location.search} />
      ) : (
        <p className="govuk-body">Loading…</p>
      )}
      {scheduleError ? (
        <p className="govuk-body">{scheduleError}</p>
      ) : (
        schedule && <ScheduleTable schedule={schedule} />
      )}
    </>
  );
}

export function RetentionReviewPage() {
  return (
    <RequireAdministrator>
      <RetentionReview />
    </RequireAdministrator>
  );
}
