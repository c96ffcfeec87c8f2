import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useSession } from '../../../lib/session-context';

import {
  breachesCsvUrl,
  complianceCsvUrl,
  getSlaDashboard,
  type AtRisk,
  type AtRiskCount,
  type AwaitingReview,
  type Compliance,
  type VictimsCodeMonth,
} from '../api/sla';
import { BreachChart } from './breach-chart';
import { DAYS, PeriodForm, usePeriodReport } from './period-form';
import { canSeeServiceLevels } from './sla-access';
import { complianceRate, monthName, percentLabel, teamLabel } from './sla-words';

/** Cases of these processes have a case page to link to. */
const CASE_PAGES = new Set(['fraud-triage']);

function CaseLink({ row }: { row: { processKey: string; caseReference?: string | null } }) {
  if (!row.caseReference) return <>—</>;
  if (!CASE_PAGES.has(row.processKey)) return <>{row.caseReference}</>;
  return (
    <Link className="govuk-link" to={`/cases/${encodeURIComponent(row.caseReference)}`}>
      {row.caseReference}
    </Link>
  );
}

const NUMERIC = new Set([
  'Met',
  'Met late',
  'Breached',
  'Open',
  'Met in time',
  'Fell due',
  'At risk',
  'Share met in time',
]);

function Table({
  caption,
  testId,
  head,
  children,
}: {
  caption: string;
  testId: string;
  head: string[];
  children: ReactNode;
}) {
  return (
    <table className="govuk-table" data-testid={testId}>
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((h) => (
            <th
              key={h}
              scope="col"
              className={`govuk-table__header${NUMERIC.has(h) ? ' govuk-table__header--numeric' : ''}`}
            >
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
}

const num = 'govuk-table__cell govuk-table__cell--numeric';

function AwaitingReviewTable({ rows }: { rows: AwaitingReview[] }) {
  if (rows.length === 0)
    return (
      <p className="govuk-body" data-testid="no-breaches-awaiting-review">
        No breaches are waiting for review.
      </p>
    );
  return (
    <Table
      caption="Breaches awaiting review"
      testId="breaches-awaiting-review"
      head={['Service level', 'Team', 'Case', 'Was due', 'Work', 'Review']}
    >
      {rows.map((b) => (
        <tr className="govuk-table__row" key={b.clockId}>
          <td className="govuk-table__cell">{b.slaName}</td>
          <td className="govuk-table__cell">{teamLabel(b)}</td>
          <td className="govuk-table__cell">
            <CaseLink row={b} />
          </td>
          <td className="govuk-table__cell">{formatDateTime(b.dueAt)}</td>
          <td className="govuk-table__cell">{b.result === 'BREACHED' ? 'Still to be done' : 'Done late'}</td>
          <td className="govuk-table__cell">
            {b.reviewTaskId ? (
              <Link className="govuk-link" to={`/tasks/${encodeURIComponent(b.reviewTaskId)}`}>
                Review
                <span className="govuk-visually-hidden">
                  {' '}
                  {b.slaName} breach{b.caseReference ? ` on ${b.caseReference}` : ''}
                </span>
              </Link>
            ) : (
              '—'
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}

function AtRiskTables({ counts, rows }: { counts: AtRiskCount[]; rows: AtRisk[] }) {
  if (counts.length === 0)
    return (
      <p className="govuk-body" data-testid="no-work-at-risk">
        No work is past its warning point.
      </p>
    );
  return (
    <>
      <Table
        caption="Work at risk by team and service level"
        testId="work-at-risk-counts"
        head={['Team', 'Service level', 'At risk']}
      >
        {counts.map((c) => (
          <tr className="govuk-table__row" key={`${c.team}-${c.slaId}`}>
            <td className="govuk-table__cell">{teamLabel(c)}</td>
            <td className="govuk-table__cell">{c.slaName}</td>
            <td className={num}>{c.count}</td>
          </tr>
        ))}
      </Table>
      <Table
        caption="Work at risk, soonest due first"
        testId="work-at-risk"
        head={['Case', 'Service level', 'Team', 'Warned', 'Due']}
      >
        {rows.map((r) => (
          <tr className="govuk-table__row" key={r.clockId}>
            <td className="govuk-table__cell">
              <CaseLink row={r} />
            </td>
            <td className="govuk-table__cell">{r.slaName}</td>
            <td className="govuk-table__cell">{teamLabel(r)}</td>
            <td className="govuk-table__cell">{formatDateTime(r.warnAt)}</td>
            <td className="govuk-table__cell">{formatDateTime(r.dueAt)}</td>
          </tr>
        ))}
      </Table>
    </>
  );
}

function ComplianceTable({ rows }: { rows: Compliance[] }) {
  if (rows.length === 0)
    return (
      <p className="govuk-body" data-testid="no-compliance">
        Nothing fell due in this period.
      </p>
    );
  return (
    <Table
      caption="Compliance by service level and team"
      testId="compliance"
      head={['Service level', 'Team', 'Met', 'Met late', 'Breached', 'Open', 'Share met in time']}
    >
      {rows.map((c) => (
        <tr className="govuk-table__row" key={`${c.slaId}-${c.team}`}>
          <td className="govuk-table__cell">{c.slaName}</td>
          <td className="govuk-table__cell">{teamLabel(c)}</td>
          <td className={num}>{c.met}</td>
          <td className={num}>{c.metLate}</td>
          <td className={num}>{c.breached}</td>
          <td className={num}>{c.open}</td>
          <td className={num}>{complianceRate(c)}</td>
        </tr>
      ))}
    </Table>
  );
}

function VictimsCodeTable({ rows }: { rows: VictimsCodeMonth[] }) {
  if (rows.length === 0)
    return (
      <p className="govuk-body" data-testid="no-victims-code">
        No Victims’ Code deadlines fell due in this period.
      </p>
    );
  return (
    <Table
      caption="Victims’ Code compliance by month"
      testId="victims-code"
      head={['Service level', 'Month', 'Code', 'Met in time', 'Fell due', 'Share met in time']}
    >
      {rows.map((v) => (
        <tr className="govuk-table__row" key={`${v.slaId}-${v.month}`}>
          <td className="govuk-table__cell">{v.slaName}</td>
          <td className="govuk-table__cell">{monthName(v.month)}</td>
          <td className="govuk-table__cell">{v.victimsCodeVersion}</td>
          <td className={num}>{v.met}</td>
          <td className={num}>{v.decided}</td>
          <td className={num}>{percentLabel(v.percentMet)}</td>
        </tr>
      ))}
    </Table>
  );
}

function Dashboard() {
  const { data, error, choose } = usePeriodReport(getSlaDashboard);

  return (
    <>
      <h1 className="govuk-heading-l">Service levels</h1>
      {error && (
        <p className="govuk-body" role="alert">
          {error}
        </p>
      )}
      {data && (
        <>
          <PeriodForm key={`${data.from}-${data.to}`} period={data} {...DAYS} onChoose={choose} />
          <p className="govuk-body">
            {`From ${formatDate(data.from)} to ${formatDate(data.to)}. `}
            <a className="govuk-link" href={breachesCsvUrl(data)} download>
              Download breaches (CSV)
            </a>
            {' · '}
            <a className="govuk-link" href={complianceCsvUrl(data)} download>
              Download compliance (CSV)
            </a>
          </p>
          <h2 className="govuk-heading-m">Waiting for a supervisor</h2>
          <AwaitingReviewTable rows={data.awaitingReview} />
          <h2 className="govuk-heading-m">Work at risk</h2>
          <AtRiskTables counts={data.atRiskByTeamAndSla} rows={data.atRisk} />
          <h2 className="govuk-heading-m" id="breach-trend">
            Breaches per week
          </h2>
          <BreachChart weeks={data.weeklyBreaches} />
          <h2 className="govuk-heading-m">Compliance</h2>
          <ComplianceTable rows={data.compliance} />
          <h2 className="govuk-heading-m">Victims’ Code</h2>
          <VictimsCodeTable rows={data.victimsCode} />
          <p className="govuk-body">
            <Link className="govuk-link" to="/sla/victims-code">
              Victims’ Code compliance report: every case, per right and month
            </Link>
          </p>
        </>
      )}
      {!data && !error && <p className="govuk-body">Loading…</p>}
    </>
  );
}

/** The supervisors' service level dashboard (analysts read it too); anyone else is told so instead of meeting a 403. */
export function SlaPage() {
  const { user } = useSession();
  if (!canSeeServiceLevels(user)) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot see service levels</h1>
        <p className="govuk-body">Only ECU supervisors and performance analysts see service levels.</p>
      </>
    );
  }
  return <Dashboard />;
}
