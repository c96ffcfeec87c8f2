import { Link } from 'react-router-dom';
import type { ImportJob } from '../api/imports';
import { statusPath, type ImportFlavour } from './import-flavour';
import { statusTag } from './import-words';
import { formatDateTime } from '../../../lib/dates';

/** Recent imports, newest first, each linking to its status page. */
export function RecentImportsTable({ imports, flavour }: { imports: ImportJob[]; flavour: ImportFlavour }) {
  const figure = flavour.recentFigure;
  return (
    <table className="govuk-table" data-testid="recent-imports">
      <caption className="govuk-table__caption govuk-table__caption--m">Recent imports</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            File
          </th>
          <th scope="col" className="govuk-table__header">
            Uploaded by
          </th>
          <th scope="col" className="govuk-table__header">
            Uploaded
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {figure.heading}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {imports.length === 0 && (
          <tr className="govuk-table__row">
            <td className="govuk-table__cell" colSpan={5}>
              No files have been imported yet.
            </td>
          </tr>
        )}
        {imports.map((job) => {
          const tag = statusTag(job.status);
          return (
            <tr className="govuk-table__row" key={job.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={statusPath(flavour, job.id)}>
                  {job.fileName}
                </Link>
              </td>
              <td className="govuk-table__cell">{job.uploadedBy}</td>
              <td className="govuk-table__cell">{formatDateTime(job.uploadedAt)}</td>
              <td className="govuk-table__cell">
                <strong className={tag.className}>{tag.text}</strong>
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{figure.value(job)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
