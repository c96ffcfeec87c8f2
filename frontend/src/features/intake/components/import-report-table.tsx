import type { ImportReportEntry } from '../api/imports';
import { reportKindLabel, unknownNfibCodesText } from './import-words';
import { TableHead } from '../../../components/table-head';

/** The rows an import refused, found already known, or flagged for review, by line of the file. */
export function ImportReportTable({ entries }: { entries: ImportReportEntry[] }) {
  const unknownCodes = unknownNfibCodesText(entries);
  return (
    <>
      {unknownCodes && (
        <div className="govuk-inset-text" data-testid="unknown-nfib-codes">
          {unknownCodes}. The rows were kept and flagged below; ask for the code list to be updated.
        </div>
      )}
      <ReportTable entries={entries} />
    </>
  );
}

function ReportTable({ entries }: { entries: ImportReportEntry[] }) {
  return (
    <table className="govuk-table" data-testid="import-report">
      <caption className="govuk-table__caption govuk-table__caption--m">Import report</caption>
      <TableHead columns={[{ label: 'Line', numeric: true }, 'Kind', 'Column', 'Value', 'Reason']} />
      <tbody className="govuk-table__body">
        {entries.length === 0 && (
          <tr className="govuk-table__row">
            <td className="govuk-table__cell" colSpan={5}>
              Nothing to report: every row was imported.
            </td>
          </tr>
        )}
        {entries.map((entry, index) => (
          <tr className="govuk-table__row" key={`${entry.line}:${entry.kind}:${entry.columnName ?? ''}:${index}`}>
            <td className="govuk-table__cell govuk-table__cell--numeric">{entry.line}</td>
            <td className="govuk-table__cell">{reportKindLabel(entry.kind)}</td>
            <td className="govuk-table__cell">{entry.columnName || '—'}</td>
            <td className="govuk-table__cell app-import-report__value">{entry.value || '—'}</td>
            <td className="govuk-table__cell">{entry.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
