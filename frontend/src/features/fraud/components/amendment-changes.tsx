import { formatDateTime } from '../../../lib/dates';
import type { CrimeAmendment } from '../api/fraud-cases';
import { TableHead } from '../../../components/table-head';

/** What one NFIB amendment changed: each fact before and after. */
export function AmendmentChanges({ amendment }: { amendment: CrimeAmendment }) {
  return (
    <table className="govuk-table" data-testid="amendment-changes">
      <caption className="govuk-table__caption govuk-table__caption--s">
        Sent again by NFIB {formatDateTime(amendment.receivedAt)}
        {amendment.importLine ? `, line ${amendment.importLine} of its file` : ''}
      </caption>
      <TableHead columns={['Fact', 'Was', 'Now']} />
      <tbody className="govuk-table__body">
        {amendment.changes.map((change) => (
          <tr className="govuk-table__row" key={change.field}>
            <th scope="row" className="govuk-table__header">
              {change.label.charAt(0).toUpperCase() + change.label.slice(1)}
            </th>
            <td className="govuk-table__cell">{change.was ?? 'Not known'}</td>
            <td className="govuk-table__cell">{change.now}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Amended by NFIB": shown on the case page until every amendment is acknowledged. */
export function AmendedByNfibNotice({ amendments }: { amendments: CrimeAmendment[] }) {
  if (amendments.length === 0) return null;
  return (
    <div
      className="govuk-notification-banner"
      role="region"
      aria-labelledby="amended-by-nfib-title"
      data-testid="amended-by-nfib"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="amended-by-nfib-title">
          Amended by NFIB
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          NFIB sent this crime again with new information. The facts below hold the new values; the case’s review task
          acknowledges the change.
        </p>
        {amendments.map((amendment) => (
          <AmendmentChanges key={amendment.id} amendment={amendment} />
        ))}
      </div>
    </div>
  );
}
