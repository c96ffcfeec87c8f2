import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { TableHead, type Column } from '../../../components/table-head';
import { formatDate } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { getBoardCases } from '../api/board';
import { figureWords, money } from './board-words';

/**
 * The crimes behind one of the board's figures, each linking to its case, for a supervisor; with each crime's
 * loss where the figure is an average of losses.
 */
export function BoardCasesPage() {
  const [params] = useSearchParams();
  const figure = params.get('figure') ?? '';
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const load = useCallback(() => getBoardCases(figure, { from, to }), [figure, from, to]);
  const { data, error } = useApiData(load);
  const withLoss = figure.startsWith('AVERAGE_LOSS:');
  const columns: Column[] = ['Crime reference', 'Reported', 'NFIB type', 'Status'];
  if (withLoss) columns.push({ label: 'Loss', numeric: true });

  return (
    <>
      <Link className="govuk-back-link" to="/board-report">
        Back to the board report
      </Link>
      <h1 className="govuk-heading-l">{figureWords(figure, params.get('name'))}</h1>
      <p className="govuk-body">{`Crimes behind the figure, reported ${formatDate(from)} to ${formatDate(to)}`}</p>
      {error && (
        <p className="govuk-body" role="alert">
          {error}
        </p>
      )}
      {!data && !error && <p className="govuk-body">Loading…</p>}
      {data && data.length === 0 && <p className="govuk-body">No crimes are behind this figure.</p>}
      {data && data.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{`${data.length} crimes`}</caption>
          <TableHead columns={columns} />
          <tbody className="govuk-table__body">
            {data.map((c) => (
              <tr className="govuk-table__row" key={c.crimeReference}>
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={`/cases/${encodeURIComponent(c.crimeReference)}`}>
                    {c.crimeReference}
                  </Link>
                </th>
                <td className="govuk-table__cell">{formatDate(c.reportedDate)}</td>
                <td className="govuk-table__cell">{c.nfibCode}</td>
                <td className="govuk-table__cell">{c.status.toLowerCase().replaceAll('_', ' ')}</td>
                {withLoss && <td className="govuk-table__cell govuk-table__cell--numeric">{money(c.lossGbp)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
