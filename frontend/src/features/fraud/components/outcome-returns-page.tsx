import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { SuccessBanner } from '../../../components/notification-banner';
import { TextInput } from '../../../components/text-input';
import { ApiError } from '../../../lib/api-client';
import { formatDate, formatDateTime, monthBefore } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { useSession } from '../../../lib/session-context';

import {
  getReturnedCrimes,
  listOutcomeReturns,
  monthKey,
  outcomeReturnCsvUrl,
  outcomeReturnPreviewUrl,
  outcomeReturnPath,
  requestOutcomeReturn,
  type OutcomeReturn,
  type ReturnedCrime,
} from '../api/outcome-returns';
import { canBuildOutcomeReturns, canSeeOutcomeReturns } from './outcome-return-access';
import { MONTH_FIELD, monthName, returnStatusTag, validateReturnMonth } from './outcome-return-words';

/** How often, and how many times, the list is asked again after a build is requested. */
export const RETURN_POLL_MS = 2000;
export const RETURN_POLLS = 15;

/** Shows the outcome returns to ECU supervisors and performance analysts; anyone else is told so instead of meeting a 403. */
function RequireOutcomeReturnRole({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (!canSeeOutcomeReturns(user)) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot see outcome returns</h1>
        <p className="govuk-body">Only ECU supervisors and performance analysts see the monthly outcome returns.</p>
      </>
    );
  }
  return <>{children}</>;
}

function buildErrors(e: unknown): ErrorItem[] {
  if (e instanceof ApiError && e.status === 400 && e.fieldErrors.length > 0) {
    return e.fieldErrors.map(({ field, message }) => ({
      field: field === MONTH_FIELD ? MONTH_FIELD : undefined,
      message,
    }));
  }
  if (e instanceof ApiError && (e.status === 400 || e.status === 409))
    return [{ field: MONTH_FIELD, message: e.message }];
  return [{ message: e instanceof ApiError ? e.message : 'The return could not be requested; try again' }];
}

/** Supervisors only: ask for a month's return to be built now (202; the build itself runs as a job). */
function BuildReturnForm({ onRequested }: { onRequested: (month: string) => void }) {
  const [month, setMonth] = useState(monthBefore);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateReturnMonth(month);
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    try {
      await requestOutcomeReturn(month.trim());
      setErrors([]);
      onRequested(month.trim());
    } catch (e) {
      setErrors(buildErrors(e));
    } finally {
      setBusy(false);
    }
  }

  const monthError = errors.find((e) => e.field === MONTH_FIELD)?.message;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">Build a return for a month</h2>
      <form onSubmit={submit} noValidate data-testid="build-return-form">
        <TextInput
          id={MONTH_FIELD}
          label="Month"
          hint="The month must have ended. For example, 2026-10"
          error={monthError}
          className="govuk-input--width-10"
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
          Build the return
        </button>
      </form>
    </>
  );
}

function ReturnsTable({ returns }: { returns: OutcomeReturn[] }) {
  if (returns.length === 0)
    return (
      <p className="govuk-body" data-testid="no-returns">
        No returns have been built yet.
      </p>
    );
  return (
    <table className="govuk-table" data-testid="outcome-returns">
      <caption className="govuk-table__caption govuk-table__caption--m">Returns</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Month
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Crimes
          </th>
          <th scope="col" className="govuk-table__header">
            Built
          </th>
          <th scope="col" className="govuk-table__header">
            Submitted by
          </th>
          <th scope="col" className="govuk-table__header">
            Submitted
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Download</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {returns.map((r) => {
          const tag = returnStatusTag(r.status);
          const name = monthName(r.month);
          return (
            <tr className="govuk-table__row" key={r.month}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={outcomeReturnPath(r.month)}>
                  {name}
                </Link>
              </th>
              <td className="govuk-table__cell">
                <strong className={tag.className}>{tag.text}</strong>
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{r.crimeCount}</td>
              <td className="govuk-table__cell">{formatDateTime(r.builtAt)}</td>
              <td className="govuk-table__cell">{r.submittedBy ?? '—'}</td>
              <td className="govuk-table__cell">{formatDateTime(r.submittedAt)}</td>
              <td className="govuk-table__cell">
                <a className="govuk-link" href={outcomeReturnCsvUrl(r.month)} download>
                  Download CSV<span className="govuk-visually-hidden"> for {name}</span>
                </a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function OutcomeReturns() {
  const { user } = useSession();
  const [returns, setReturns] = useState<OutcomeReturn[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [requested, setRequested] = useState<string | null>(null);

  const load = useCallback(
    () =>
      listOutcomeReturns()
        .then((list) => {
          setReturns(list);
          setListError(null);
          return list;
        })
        .catch((e) => {
          setListError(e instanceof ApiError ? e.message : 'The returns could not be loaded; try again');
          return null;
        }),
    [],
  );

  useEffect(() => {
    load();
  }, [load]);

  // After a build is requested, ask again for a while until the month's return is listed.
  useEffect(() => {
    if (!requested) return;
    let stopped = false;
    let polls = 0;
    let timer: number | undefined;
    async function poll() {
      const list = await load();
      polls += 1;
      if (stopped) return;
      const listed = list?.some((r) => monthKey(r.month) === requested);
      if (!listed && polls < RETURN_POLLS) timer = window.setTimeout(poll, RETURN_POLL_MS);
    }
    poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [requested, load]);

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SuccessBanner
            message={
              requested
                ? `The return for ${monthName(requested)} is being built. It is listed here once it is ready.`
                : null
            }
          />
          <h1 className="govuk-heading-l">Outcome returns</h1>
          <p className="govuk-body">
            Every crime finalised in a month, with its Home Office outcome, returned to the national lead force once an
            ECU supervisor approves it.
          </p>
          {canBuildOutcomeReturns(user) && <BuildReturnForm onRequested={setRequested} />}
        </div>
      </div>
      {listError ? (
        <p className="govuk-body" data-testid="returns-problem">
          {listError}
        </p>
      ) : returns ? (
        <ReturnsTable returns={returns} />
      ) : (
        <p className="govuk-body">Loading…</p>
      )}
    </>
  );
}

export function OutcomeReturnsPage() {
  return (
    <RequireOutcomeReturnRole>
      <OutcomeReturns />
    </RequireOutcomeReturnRole>
  );
}

function CrimesTable({ crimes }: { crimes: ReturnedCrime[] }) {
  if (crimes.length === 0) return <p className="govuk-body">No crimes were finalised in this month.</p>;
  return (
    <table className="govuk-table" data-testid="returned-crimes">
      <caption className="govuk-table__caption govuk-table__caption--m">Crimes in the return</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Crime reference
          </th>
          <th scope="col" className="govuk-table__header">
            NFIB code
          </th>
          <th scope="col" className="govuk-table__header">
            Home Office outcome
          </th>
          <th scope="col" className="govuk-table__header">
            Local code
          </th>
          <th scope="col" className="govuk-table__header">
            Outcome date
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {crimes.map((c) => (
          <tr className="govuk-table__row" key={c.crimeReference}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={`/cases/${encodeURIComponent(c.crimeReference)}`}>
                {c.crimeReference}
              </Link>
              {c.amendsMonth && (
                <>
                  {' '}
                  <strong className="govuk-tag govuk-tag--yellow">Amends {monthName(c.amendsMonth)}</strong>
                </>
              )}
            </th>
            <td className="govuk-table__cell">{c.nfibCode}</td>
            <td className="govuk-table__cell">{c.homeOfficeOutcome}</td>
            <td className="govuk-table__cell">{c.outcomeCode === c.homeOfficeOutcome ? '—' : c.outcomeCode}</td>
            <td className="govuk-table__cell">{formatDate(c.outcomeDate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OutcomeReturnCrimes({ month }: { month: string }) {
  const load = useCallback(() => getReturnedCrimes(month), [month]);
  const { data: crimes, error, status } = useApiData(load);
  const name = monthName(month);
  return (
    <>
      <Link to="/fraud/outcome-returns" className="govuk-back-link">
        Back to outcome returns
      </Link>
      <span className="govuk-caption-l">Outcome return</span>
      <h1 className="govuk-heading-l">{name}</h1>
      {error ? (
        <p className="govuk-body" data-testid="return-problem">
          {status === 404 ? `There is no return for ${name} yet.` : error}
        </p>
      ) : crimes ? (
        <>
          <p className="govuk-body">
            <a className="govuk-link" href={outcomeReturnCsvUrl(month)} download>
              Download CSV<span className="govuk-visually-hidden"> for {name}</span>
            </a>
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={outcomeReturnPreviewUrl(month)} download>
              Check before approving: download a preview
              <span className="govuk-visually-hidden"> of {name}</span> with any row that would stop approval marked
            </a>
          </p>
          <CrimesTable crimes={crimes} />
        </>
      ) : (
        <p className="govuk-body">Loading…</p>
      )}
    </>
  );
}

export function OutcomeReturnPage() {
  const { month = '' } = useParams();
  return (
    <RequireOutcomeReturnRole>
      <OutcomeReturnCrimes month={month} />
    </RequireOutcomeReturnRole>
  );
}
