import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api-client';
import { getBoardReport, boardReportCsvUrl, type BoardReport } from '../api/board';
import { BoardFigures } from './board-figures';

/** The board's fraud figures for a chosen period, each beside the previous period; printable and as CSV. */
export function BoardPage({
  canOpenCases = false,
  canKeepCampaigns = false,
}: {
  canOpenCases?: boolean;
  canKeepCampaigns?: boolean;
}) {
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
          <BoardFigures report={report} canOpenCases={canOpenCases} canKeepCampaigns={canKeepCampaigns} />
        </>
      )}
      {!report && !error && <p className="govuk-body">Loading…</p>}
    </>
  );
}
