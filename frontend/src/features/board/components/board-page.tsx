import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api-client';
import { getBoardReport, boardReportCsvUrl, type BoardCount, type BoardReport } from '../api/board';
import { changeWords, money, percent } from './board-words';

const num = 'govuk-table__cell govuk-table__cell--numeric';
const numHead = 'govuk-table__header govuk-table__header--numeric';

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

function CountTable({
  caption,
  first,
  rows,
  report,
}: {
  caption: string;
  first: string;
  rows: BoardCount[];
  report: BoardReport;
}) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <Heads first={first} report={report} />
      <tbody className="govuk-table__body">
        {rows.length === 0 && (
          <tr className="govuk-table__row">
            <td className="govuk-table__cell" colSpan={4}>
              None in either period
            </td>
          </tr>
        )}
        {rows.map((r) => (
          <tr className="govuk-table__row" key={r.key}>
            <th scope="row" className="govuk-table__header">
              {r.label}
            </th>
            <td className={num}>{r.current}</td>
            <td className={num}>{r.previous}</td>
            <td className={num}>{changeWords(r.change, r.changePercent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Figures({ report }: { report: BoardReport }) {
  const o = report.outcomeRate;
  return (
    <>
      <CountTable
        caption="Fraud reports by NFIB type"
        first="Fraud type"
        report={report}
        rows={report.fraudTypes.map((r) => ({ ...r, label: `${r.label} (${r.key})` }))}
      />
      <CountTable
        caption="Fraud reports by victim age"
        first="Age on the day reported"
        report={report}
        rows={report.ageBands}
      />
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Average loss</caption>
        <Heads first="Victims" report={report} />
        <tbody className="govuk-table__body">
          {report.averageLoss.map((l) => (
            <tr className="govuk-table__row" key={l.victimType}>
              <th scope="row" className="govuk-table__header">
                {l.label}
              </th>
              <td className={num}>{money(l.current)}</td>
              <td className={num}>{money(l.previous)}</td>
              <td className={num}>{money(l.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Outcome rate</caption>
        <Heads first="Figure" report={report} />
        <tbody className="govuk-table__body">
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              Positive outcomes
            </th>
            <td className={num}>{o.current.positiveOutcomes}</td>
            <td className={num}>{o.previous.positiveOutcomes}</td>
            <td className={num} />
          </tr>
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              Crimes reported
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
      <CountTable caption="Victim care" first="Measure" report={report} rows={report.victimCare} />
      <h2 className="govuk-heading-m">Intensification periods</h2>
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
              <tr className="govuk-table__row" key={`${p.name}-${p.from}`}>
                <th
                  scope="row"
                  className="govuk-table__header"
                >{`${p.name} (${p.fraudTypes.join(', ')}, ${p.from} to ${p.to})`}</th>
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

/** The board's fraud figures for a chosen period, each beside the previous period; printable and as CSV. */
export function BoardPage() {
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const [report, setReport] = useState<BoardReport | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  useEffect(() => {
    let current = true;
    getBoardReport(range)
      .then((r) => {
        if (!current) return;
        setReport(r);
        setError(null);
        setFrom(r.from);
        setTo(r.to);
      })
      .catch(
        (e) => current && setError(e instanceof ApiError ? e.message : 'The report could not be loaded; try again'),
      );
    return () => {
      current = false;
    };
  }, [range]);

  const choose = (e: FormEvent) => {
    e.preventDefault();
    setRange({ from, to });
  };

  return (
    <>
      <h1 className="govuk-heading-l">Board report</h1>
      <p className="govuk-body">
        Fraud figures for the board, each compared with the previous period of the same length.
      </p>
      <form className="board-no-print" onSubmit={choose} noValidate>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="board-from">
            From (YYYY-MM-DD)
          </label>
          <input
            id="board-from"
            className="govuk-input govuk-input--width-10"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="board-to">
            To (YYYY-MM-DD)
          </label>
          <input
            id="board-to"
            className="govuk-input govuk-input--width-10"
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
        </div>
        <button type="submit" className="govuk-button">
          Show the figures
        </button>
      </form>
      {error && (
        <p className="govuk-body" role="alert">
          {error}
        </p>
      )}
      {report && (
        <>
          <p className="govuk-body board-no-print">
            <a className="govuk-link" href={boardReportCsvUrl(report)} download>
              Download the figures (CSV)
            </a>{' '}
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
              Print the report
            </button>
          </p>
          <Figures report={report} />
        </>
      )}
      {!report && !error && <p className="govuk-body">Loading…</p>}
    </>
  );
}
