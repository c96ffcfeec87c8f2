import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { Textarea } from '../../../components/textarea';
import { ApiError } from '../../../lib/api-client';
import { useApiData } from '../../../lib/use-api-data';
import { eraseRecord, getRetentionSchedule } from '../api/retention';
import { RequireAdministrator } from './require-administrator';
import type { ErasedState } from './retention-review-page';
import { JUSTIFICATION_FIELD, validateErasure } from './retention-words';

function erasureErrors(e: unknown): ErrorItem[] {
  if (e instanceof ApiError && e.status === 400 && e.fieldErrors.length > 0) {
    return e.fieldErrors.map(({ field, message }) => ({
      field: field === JUSTIFICATION_FIELD ? JUSTIFICATION_FIELD : undefined,
      message,
    }));
  }
  return [{ message: e instanceof ApiError ? e.message : 'The personal data could not be erased; try again' }];
}

function Erasure() {
  const [searchParams] = useSearchParams();
  const recordType = searchParams.get('recordType') ?? '';
  const recordId = searchParams.get('recordId') ?? '';
  const location = useLocation();
  const navigate = useNavigate();
  const back = (location.state as { back?: string } | null)?.back ?? '/admin/retention';
  const { data: schedule } = useApiData(getRetentionSchedule);
  const entry = schedule?.find((e) => e.recordType === recordType);
  const [justification, setJustification] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateErasure(justification);
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const done = await eraseRecord(recordType, recordId, justification.trim());
      const state: ErasedState = { erased: done.recordId, alreadyErased: done.alreadyErased };
      navigate(back, { state });
    } catch (e) {
      setErrors(erasureErrors(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={back} className="govuk-back-link">
          Back to the retention review
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{entry?.name ?? 'Retention review'}</span>
        <h1 className="govuk-heading-l">Erase personal data from {recordId}</h1>
        {entry && <p className="govuk-body">{entry.atReview}</p>}
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            This cannot be undone.
          </strong>
        </div>
        <form onSubmit={submit} noValidate>
          <Textarea
            id={JUSTIFICATION_FIELD}
            label="Why are you erasing this personal data?"
            labelSize="m"
            hint="For example, the review found no further policing purpose. Your reason is kept on the audit trail with your name."
            error={errors.find((e) => e.field === JUSTIFICATION_FIELD)?.message}
            value={justification}
            onChange={(e) => setJustification(e.target.value)}
            rows={5}
          />
          <div className="govuk-button-group">
            <button
              type="submit"
              className="govuk-button govuk-button--warning"
              data-module="govuk-button"
              disabled={busy}
            >
              Erase personal data
            </button>
            <Link className="govuk-link" to={back}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

export function ErasurePage() {
  return (
    <RequireAdministrator>
      <Erasure />
    </RequireAdministrator>
  );
}
