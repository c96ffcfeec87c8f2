import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-client';
import { listImports, uploadDisseminations, type ImportJob } from '../api/imports';
import { REQUIRED_COLUMNS } from './import-words';
import { RecentImportsTable } from './recent-imports-table';
import { RequireImportRole } from './require-import-role';
import { FILE_FIELD, uploadErrors } from './upload-errors';

function ImportForm() {
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [imports, setImports] = useState<ImportJob[]>([]);
  const [listError, setListError] = useState<string | null>(null);

  useEffect(() => {
    listImports()
      .then(setImports)
      .catch((e) => setListError(e instanceof ApiError ? e.message : 'Recent imports could not be loaded'));
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setErrors([{ field: FILE_FIELD, message: 'Select a CSV file to import' }]);
      return;
    }
    setBusy(true);
    try {
      const job = await uploadDisseminations(file);
      navigate(`/fraud/imports/${job.id}`);
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
          <h1 className="govuk-heading-l">Import disseminations</h1>
          <p className="govuk-body">
            Upload a CSV file of NFIB disseminations. The whole file is checked first; each good row then starts a
            fraud case, and rows that cannot be used are listed with the reason.
          </p>
          <form onSubmit={submit} noValidate>
            <div className={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--m" htmlFor={FILE_FIELD}>
                Dissemination file (CSV)
              </label>
              <div id={`${FILE_FIELD}-hint`} className="govuk-hint">
                A UTF-8 CSV file with a header row. Required columns: {REQUIRED_COLUMNS.join(', ')}.
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
      {listError ? <p className="govuk-body">{listError}</p> : <RecentImportsTable imports={imports} />}
    </>
  );
}

export function ImportPage() {
  return (
    <RequireImportRole>
      <ImportForm />
    </RequireImportRole>
  );
}
