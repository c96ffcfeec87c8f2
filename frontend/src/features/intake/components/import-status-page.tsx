import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorSummary } from '../../../components/error-summary';
import { importReportCsvUrl, type ImportJob } from '../api/imports';
import { disseminationImport } from './dissemination-import';
import type { ImportFlavour } from './import-flavour';
import { ImportReportTable } from './import-report-table';
import { encodingText, progressText, statusTag } from './import-words';
import { RequireImportRole } from './require-import-role';
import { useImportJob } from './use-import-job';
import { formatDateTime } from '../../../lib/dates';

function SummaryList({ rows, testId }: { rows: { key: string; value: ReactNode }[]; testId?: string }) {
  return (
    <dl className="govuk-summary-list" data-testid={testId}>
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Words for the polite live region: progress while running, then how it ended. */
function announcement(job: ImportJob, flavour: ImportFlavour): string {
  switch (job.status) {
    case 'RUNNING':
      return progressText(job);
    case 'COMPLETED':
      return `Import complete: ${flavour.outcomeSentence(job)}.`;
    case 'REJECTED':
      return 'The file was refused; nothing was imported.';
    default:
      return 'The import failed.';
  }
}

/** One import of a kind: its status, polled progress while it runs, then its figures and report. */
export function ImportStatus({ id, flavour }: { id: string; flavour: ImportFlavour }) {
  const { job, report, error } = useImportJob(id);

  if (!job) {
    return error ? (
      <>
        <h1 className="govuk-heading-l">Import not found</h1>
        <p className="govuk-body">{error}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={flavour.path}>
            {flavour.heading}
          </Link>
        </p>
      </>
    ) : (
      <p className="govuk-body">Loading…</p>
    );
  }

  const tag = statusTag(job.status);
  const readAs = encodingText(job.encoding);
  return (
    <>
      {error && <ErrorSummary errors={[{ message: error }]} />}
      <span className="govuk-caption-l">{flavour.caption}</span>
      <h1 className="govuk-heading-l app-import-status__file">{job.fileName}</h1>
      <SummaryList
        rows={[
          {
            key: 'Status',
            value: (
              <strong className={tag.className} data-testid="import-status">
                {tag.text}
              </strong>
            ),
          },
          { key: 'Uploaded by', value: job.uploadedBy },
          { key: 'Uploaded', value: formatDateTime(job.uploadedAt) },
          { key: 'Finished', value: formatDateTime(job.finishedAt) },
          ...(readAs ? [{ key: 'Read as', value: readAs }] : []),
        ]}
      />

      {job.status === 'RUNNING' && (
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="import-progress">
            Rows done
          </label>
          <progress
            id="import-progress"
            className="app-import-progress"
            max={Math.max(job.totalRows, 1)}
            value={job.rowsDone}
          >
            {progressText(job)}
          </progress>
        </div>
      )}
      <p className="govuk-body" role="status" aria-live="polite" data-testid="import-progress-text">
        {announcement(job, flavour)}
      </p>

      {job.status === 'REJECTED' && job.fileError && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {job.fileError}
          </strong>
        </div>
      )}

      {job.status === 'COMPLETED' && (
        <>
          <h2 className="govuk-heading-m">Summary</h2>
          <SummaryList rows={flavour.summaryRows(job)} testId="import-summary" />
        </>
      )}

      {job.status !== 'RUNNING' && job.status !== 'REJECTED' && (
        <>
          <p className="govuk-body">
            <a className="govuk-link" href={importReportCsvUrl(job.id)} download>
              Download the report (CSV)
            </a>
          </p>
          {report ? <ImportReportTable entries={report} /> : <p className="govuk-body">Loading the report…</p>}
        </>
      )}

      <p className="govuk-body">
        <Link className="govuk-link" to={flavour.path}>
          Import another file
        </Link>
      </p>
    </>
  );
}

export function ImportStatusPage() {
  const { id = '' } = useParams();
  return (
    <RequireImportRole>
      <ImportStatus id={id} flavour={disseminationImport} />
    </RequireImportRole>
  );
}
