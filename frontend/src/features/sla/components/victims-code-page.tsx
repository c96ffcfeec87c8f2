import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { useSession } from '../../../lib/session-context';
import {
  getVictimsCodeCases,
  getVictimsCodeReport,
  victimsCodeCasesPath,
  victimsCodeCsvUrl,
  type VictimsCodeMonthCells,
  type VictimsCodeRight,
  type VictimsCodeStatus,
} from '../api/sla';
import { MONTHS, PeriodForm, usePeriodReport } from './period-form';
import { canSeeServiceLevels } from './sla-access';
import { monthName, STATUS_WORDS, teamLabel } from './sla-words';

const num = 'govuk-table__cell govuk-table__cell--numeric';
const numHead = 'govuk-table__header govuk-table__header--numeric';

/** The columns of a right's table: the cell's count and the status its drill-down lists (none: every case). */
const COLUMNS: { head: string; count: (m: VictimsCodeMonthCells) => number; status?: VictimsCodeStatus }[] = [
  { head: 'Cases due', count: (m) => m.due },
  { head: 'Met on time', count: (m) => m.metOnTime, status: 'MET' },
  { head: 'Met late', count: (m) => m.metLate, status: 'MET_LATE' },
  { head: 'Not met', count: (m) => m.notMet, status: 'NOT_MET' },
  { head: 'Opted out or unreachable', count: (m) => m.optedOutOrUnreachable, status: 'OPTED_OUT_OR_UNREACHABLE' },
  { head: 'Not applicable', count: (m) => m.notApplicable, status: 'NOT_APPLICABLE' },
  { head: 'Not recorded', count: (m) => m.notRecorded, status: 'NOT_RECORDED' },
  { head: 'Not yet due', count: (m) => m.notYetDue, status: 'NOT_YET_DUE' },
];

function rightLabel(right: VictimsCodeRight): string {
  const tags = [right.codeRight, right.victimsCodeVersion, right.localStandard ? 'local standard' : null].filter(
    (t): t is string => !!t,
  );
  return tags.length === 0 ? right.name : `${right.name} (${tags.join(', ')})`;
}

function RightTable({ right }: { right: VictimsCodeRight }) {
  return (
    <table className="govuk-table" data-testid={`right-${right.id}`}>
      <caption className="govuk-table__caption govuk-table__caption--s">
        {rightLabel(right)}
        {!right.evidenceRecorded && (
          <span className="govuk-caption-s">
            The product does not record this right yet: every case is shown as not recorded.
          </span>
        )}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Month due
          </th>
          {COLUMNS.map((c) => (
            <th key={c.head} scope="col" className={numHead}>
              {c.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {right.months.map((m) => (
          <tr className="govuk-table__row" key={m.month}>
            <th scope="row" className="govuk-table__header">
              {monthName(m.month)}
            </th>
            {COLUMNS.map((c) => {
              const n = c.count(m);
              return (
                <td key={c.head} className={num}>
                  {n === 0 ? (
                    0
                  ) : (
                    <Link
                      className="govuk-link"
                      to={victimsCodeCasesPath({ right: right.id, month: m.month, status: c.status })}
                    >
                      {`${n} `}
                      <span className="govuk-visually-hidden">{`${c.head.toLowerCase()}: ${right.name}, ${monthName(m.month)}`}</span>
                    </Link>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Report() {
  const { data, error, choose } = usePeriodReport(getVictimsCodeReport);

  return (
    <>
      <h1 className="govuk-heading-l">Victims’ Code compliance</h1>
      <p className="govuk-body">
        Every case, per right and per month its time limit fell due. A case the product holds no evidence for is counted
        as not recorded, never as met.
      </p>
      {error && (
        <p className="govuk-body" role="alert">
          {error}
        </p>
      )}
      {data && (
        <>
          <PeriodForm key={`${data.from}-${data.to}`} period={data} {...MONTHS} onChoose={choose} />
          <p className="govuk-body">
            {`${monthName(data.from)} to ${monthName(data.to)}. `}
            <a className="govuk-link" href={victimsCodeCsvUrl(data)} download>
              Download the report (CSV)
            </a>
          </p>
          {data.rights.map((r) => (
            <RightTable key={r.id} right={r} />
          ))}
        </>
      )}
      {!data && !error && <p className="govuk-body">Loading…</p>}
    </>
  );
}

function Cases() {
  const [params] = useSearchParams();
  const right = params.get('right') ?? '';
  const month = params.get('month') ?? '';
  const status = (params.get('status') ?? undefined) as VictimsCodeStatus | undefined;
  const load = useCallback(() => getVictimsCodeCases({ right, month, status }), [right, month, status]);
  const { data, error } = useApiData(load);
  const what = status ? (STATUS_WORDS[status] ?? status) : 'Every case due';

  return (
    <>
      <Link className="govuk-back-link" to={`/sla/victims-code?from=${month}&to=${month}`}>
        Back to the report
      </Link>
      <h1 className="govuk-heading-l">{`${what}: ${month ? monthName(month) : ''}`}</h1>
      {error && (
        <p className="govuk-body" role="alert">
          {error}
        </p>
      )}
      {data && data.length === 0 && <p className="govuk-body">No cases.</p>}
      {data && data.length > 0 && (
        <table className="govuk-table" data-testid="victims-code-cases">
          <caption className="govuk-table__caption govuk-table__caption--m">{`${data[0].right}: ${data.length} cases`}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['Crime reference', 'Team', 'Due', 'Stopped', 'Status', 'Reason'].map((h) => (
                <th key={h} scope="col" className="govuk-table__header">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {data.map((c, i) => (
              <tr className="govuk-table__row" key={`${c.caseReference}-${c.taskId ?? i}`}>
                <th scope="row" className="govuk-table__header">
                  {c.caseReference ?? '—'}
                </th>
                <td className="govuk-table__cell">{teamLabel(c)}</td>
                <td className="govuk-table__cell">{c.dueAt ? formatDateTime(c.dueAt) : '—'}</td>
                <td className="govuk-table__cell">{c.stoppedAt ? formatDateTime(c.stoppedAt) : '—'}</td>
                <td className="govuk-table__cell">{STATUS_WORDS[c.status] ?? c.status}</td>
                <td className="govuk-table__cell">{c.reason ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!data && !error && <p className="govuk-body">Loading…</p>}
    </>
  );
}

function Forbidden() {
  return (
    <>
      <h1 className="govuk-heading-l">You cannot see Victims’ Code compliance</h1>
      <p className="govuk-body">Only ECU supervisors and performance analysts see it.</p>
    </>
  );
}

/** The Victims' Code compliance report (supervisors for their teams, analysts for all). */
export function VictimsCodePage() {
  const { user } = useSession();
  return canSeeServiceLevels(user) ? <Report /> : <Forbidden />;
}

/** The cases behind one number of the report. */
export function VictimsCodeCasesPage() {
  const { user } = useSession();
  return canSeeServiceLevels(user) ? <Cases /> : <Forbidden />;
}
