import { Link } from 'react-router-dom';
import { BarChart, type BarChartRow } from '../../../components/bar-chart';
import {
  boardCasesPath,
  type BoardCount,
  type BoardReport,
  type Intensification as IntensificationPeriod,
  type Returns,
} from '../api/board';
import { changeWords, money, percent } from './board-words';
import { CAMPAIGNS_PATH } from './campaigns-page';

const num = 'govuk-table__cell govuk-table__cell--numeric';
const numHead = 'govuk-table__header govuk-table__header--numeric';

interface FiguresProps {
  report: BoardReport;
  /** Whether the figures link to the crimes behind them (only for those who may open case records). */
  canOpenCases: boolean;
  /** Whether the campaigns section links to the page where they are added and corrected (supervisors). */
  canKeepCampaigns?: boolean;
}

function Heads({ first, report }: { first: string; report: BoardReport }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        <th scope="col" className="govuk-table__header">
          {first}
        </th>
        <th scope="col" className={numHead}>{`${report.from} to ${report.to}`}</th>
        <th scope="col" className={numHead}>{`Previous period (${report.previousFrom} to ${report.previousTo})`}</th>
        <th scope="col" className={numHead}>
          Change
        </th>
      </tr>
    </thead>
  );
}

function series(report: BoardReport): string[] {
  return [`${report.from} to ${report.to}`, `Previous period (${report.previousFrom} to ${report.previousTo})`];
}

/** Counts as a chart of this period beside the previous one; {@code figure} names the drill-down, if any. */
function CountChart({
  caption,
  first,
  rows,
  report,
  figure,
}: {
  caption: string;
  first: string;
  rows: BoardCount[];
  report: BoardReport;
  figure?: (row: BoardCount) => string;
}) {
  const chartRows: BarChartRow[] = rows.map((r) => ({
    key: r.key,
    label: r.label,
    values: [r.current, r.previous],
    note: changeWords(r.change, r.changePercent),
    href: figure ? boardCasesPath(figure(r), report) : undefined,
  }));
  return <BarChart caption={caption} first={first} series={series(report)} rows={chartRows} noteHeading="Change" />;
}

function Figure({
  show,
  figure,
  report,
  label,
}: {
  show: boolean;
  figure: string;
  report: BoardReport;
  label: string;
}) {
  return show ? (
    <Link className="govuk-link" to={boardCasesPath(figure, report)}>
      {label}
    </Link>
  ) : (
    <>{label}</>
  );
}

function ReturnCompliance({ report }: { report: BoardReport }) {
  const c = report.returnCompliance;
  const rows: [string, (r: Returns) => string][] = [
    ['Months due', (r) => String(r.monthsDue)],
    ['Sent by the deadline', (r) => String(r.sentOnTime)],
    ['Sent late', (r) => String(r.sentLate)],
    ['Not sent', (r) => String(r.notSent)],
    ['Compliance', (r) => percent(r.compliancePercent)],
  ];
  return (
    <>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Monthly outcome returns</caption>
        <Heads first="Returns to the City of London Police" report={report} />
        <tbody className="govuk-table__body">
          {rows.map(([label, value]) => (
            <tr className="govuk-table__row" key={label}>
              <th scope="row" className="govuk-table__header">
                {label}
              </th>
              <td className={num}>{value(c.current)}</td>
              <td className={num}>{value(c.previous)}</td>
              <td className={num}>
                {label === 'Compliance' && c.changePoints != null
                  ? `${c.changePoints > 0 ? '+' : ''}${c.changePoints} points`
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">
        {`${c.dueRule}. A month counts once its deadline has passed or its return is sent. `}
        <Link className="govuk-link" to="/fraud/outcome-returns">
          Each month&apos;s outcome return
        </Link>
      </p>
    </>
  );
}

function OutcomeRate({ report, canOpenCases }: FiguresProps) {
  const o = report.outcomeRate;
  return (
    <>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Outcome rate</caption>
        <Heads first="Figure" report={report} />
        <tbody className="govuk-table__body">
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <Figure show={canOpenCases} figure="POSITIVE_OUTCOMES" report={report} label="Positive outcomes" />
            </th>
            <td className={num}>{o.current.positiveOutcomes}</td>
            <td className={num}>{o.previous.positiveOutcomes}</td>
            <td className={num} />
          </tr>
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <Figure show={canOpenCases} figure="CRIMES" report={report} label="Crimes reported" />
            </th>
            <td className={num}>{o.current.crimes}</td>
            <td className={num}>{o.previous.crimes}</td>
            <td className={num} />
          </tr>
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              Outcome rate
            </th>
            <td className={num}>{percent(o.current.ratePercent)}</td>
            <td className={num}>{percent(o.previous.ratePercent)}</td>
            <td className={num}>
              {o.changePoints == null ? '' : `${o.changePoints > 0 ? '+' : ''}${o.changePoints} points`}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="govuk-body">{`National fraud outcome rate: ${percent(o.nationalRatePercent)}${o.nationalRateSource ? ` (${o.nationalRateSource})` : ''}`}</p>
    </>
  );
}

const campaign = (p: IntensificationPeriod) => `${p.name} (${p.fraudTypes.join(', ')}, ${p.from} to ${p.to})`;

function Intensification({ report, canOpenCases, canKeepCampaigns }: FiguresProps) {
  return (
    <>
      <h2 className="govuk-heading-m">Intensification periods</h2>
      {canKeepCampaigns && (
        <p className="govuk-body">
          <Link className="govuk-link" to={CAMPAIGNS_PATH}>
            Add or correct a campaign
          </Link>
        </p>
      )}
      {report.intensificationPeriods.length === 0 ? (
        <p className="govuk-body">No intensification period falls in this period.</p>
      ) : (
        <table className="govuk-table">
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Campaign
              </th>
              <th scope="col" className={numHead}>
                Reports during it
              </th>
              <th scope="col" className={numHead}>
                Reports in as many days before
              </th>
              <th scope="col" className={numHead}>
                Change
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {report.intensificationPeriods.map((p) => (
              <tr className="govuk-table__row" key={p.id}>
                <th scope="row" className="govuk-table__header">
                  {canOpenCases ? (
                    // The campaign's count is of its own days, so the drill-down is for them too.
                    <Link
                      className="govuk-link"
                      to={boardCasesPath(`INTENSIFICATION:${p.id}`, { from: p.from, to: p.to }, p.name)}
                    >
                      {campaign(p)}
                    </Link>
                  ) : (
                    campaign(p)
                  )}
                </th>
                <td className={num}>{p.reports}</td>
                <td className={num}>{p.reportsBefore}</td>
                <td className={num}>{changeWords(p.change, p.changePercent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Every figure of the report, charts with their tables; the counts link to their crimes for a supervisor. */
export function BoardFigures({ report, canOpenCases, canKeepCampaigns }: FiguresProps) {
  const drill = (prefix: string) => (canOpenCases ? (r: BoardCount) => `${prefix}:${r.key}` : undefined);
  return (
    <>
      <CountChart
        caption="Fraud reports by NFIB type"
        first="Fraud type"
        report={report}
        rows={report.fraudTypes.map((r) => ({ ...r, label: `${r.label} (${r.key})` }))}
        figure={drill('FRAUD_TYPE')}
      />
      <CountChart
        caption="Fraud reports by victim age"
        first="Age on the day reported"
        report={report}
        rows={report.ageBands}
        figure={drill('AGE_BAND')}
      />
      <CountChart
        caption="NFIB 90 reports by the type they were recategorised to"
        first="Fraud type now"
        report={report}
        rows={report.nfib90Recategorised.map((r) => ({
          ...r,
          label: r.key === 'NFIB90' ? 'Not yet recategorised (NFIB90)' : `${r.label} (${r.key})`,
        }))}
        figure={drill('NFIB90')}
      />
      <CountChart
        caption="Courier fraud"
        first="Marked at triage"
        report={report}
        rows={[report.courierFraud]}
        figure={canOpenCases ? () => 'COURIER_FRAUD' : undefined}
      />
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Average loss</caption>
        <Heads first="Victims" report={report} />
        <tbody className="govuk-table__body">
          {report.averageLoss.map((l) => (
            <tr className="govuk-table__row" key={l.victimType}>
              <th scope="row" className="govuk-table__header">
                <Figure show={canOpenCases} figure={`AVERAGE_LOSS:${l.victimType}`} report={report} label={l.label} />
              </th>
              <td className={num}>{money(l.current)}</td>
              <td className={num}>{money(l.previous)}</td>
              <td className={num}>{money(l.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <OutcomeRate report={report} canOpenCases={canOpenCases} />
      <ReturnCompliance report={report} />
      <CountChart caption="Victim care" first="Measure" report={report} rows={report.victimCare} />
      <CountChart
        caption="Protect activity (reported on APMIS)"
        first="Posts and outreach events"
        report={report}
        rows={report.protectActivity}
      />
      <Intensification report={report} canOpenCases={canOpenCases} canKeepCampaigns={canKeepCampaigns} />
    </>
  );
}
