import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-client';
import { getUploadLimit, type ImportJob, type UploadLimit } from '../api/imports';
import { statusPath, type ImportFlavour } from './import-flavour';
import { RecentImportsTable } from './recent-imports-table';
import { FILE_FIELD, uploadErrors } from './upload-errors';

/** Upload a file of one kind, then follow it on its status page; recent imports of that kind below. */
export function ImportUploadForm({ flavour }: { flavour: ImportFlavour }) {
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [imports, setImports] = useState<ImportJob[]>([]);
  const [listError, setListError] = useState<string | null>(null);
  const [limit, setLimit] = useState<UploadLimit | null>(null);
  const { listRecent } = flavour;

  useEffect(() => {
    // Without it the hint leaves the size out; the server still refuses a file over the limit.
    getUploadLimit()
      .then(setLimit)
      .catch(() => setLimit(null));
  }, []);

  useEffect(() => {
    listRecent()
      .then(setImports)
      .catch((e) => setListError(e instanceof ApiError ? e.message : 'Recent imports could not be loaded'));
  }, [listRecent]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setErrors([{ field: FILE_FIELD, message: 'Select a CSV file to import' }]);
      return;
    }
    if (limit && file.size > limit.maxBytes) {
      // Refused here so a file the server would refuse is not sent first, in the server's words.
      setErrors([{ field: FILE_FIELD, message: limit.refusal }]);
      return;
    }
    setBusy(true);
    try {
      const job = await flavour.upload(file);
      navigate(statusPath(flavour, job.id));
    } catch (e) {
      setErrors(uploadErrors(e));
      setBusy(false);
    }
  }

  const fileError = errors.find((e) => e.field === FILE_FIELD)?.message;
  const describedBy = `${FILE_FIELD}-hint${fileError ? ` ${FILE_FIELD}-error` : ''}`;

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">{flavour.heading}</h1>
          <p className="govuk-body">{flavour.intro}</p>
          <form onSubmit={submit} noValidate>
            <div className={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--m" htmlFor={FILE_FIELD}>
                {flavour.fileLabel}
              </label>
              <div id={`${FILE_FIELD}-hint`} className="govuk-hint">
                A CSV file with a header row{limit ? `, up to ${limit.megabytes} MB` : ''}, saved as “CSV UTF-8” or
                Excel’s “CSV (Comma delimited)”. Required columns: {flavour.requiredColumns.join(', ')}.
              </div>
              {fileError && (
                <p id={`${FILE_FIELD}-error`} className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {fileError}
                </p>
              )}
              <input
                id={FILE_FIELD}
                name={FILE_FIELD}
                type="file"
                accept=".csv,text/csv"
                className={`govuk-file-upload${fileError ? ' govuk-file-upload--error' : ''}`}
                aria-describedby={describedBy}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </div>
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
              Upload and import
            </button>
          </form>
        </div>
      </div>
      {listError ? (
        <p className="govuk-body">{listError}</p>
      ) : (
        <RecentImportsTable imports={imports} flavour={flavour} />
      )}
    </>
  );
}
