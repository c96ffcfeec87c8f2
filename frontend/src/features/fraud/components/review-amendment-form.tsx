import { useCallback } from 'react';
import { Checkbox } from '../../../components/checkbox';
import { SubmitButton } from '../../../components/submit-button';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { useApiData } from '../../../lib/use-api-data';
import { amendmentsToReview, getFraudCase } from '../api/fraud-cases';
import { AmendmentChanges } from './amendment-changes';
import { validateReviewAmendment } from './fraud-task-answers';

/** Task_ReviewAmendment: the officer reads what NFIB changed, which acknowledges the amendment. */
export function ReviewAmendmentForm(props: TaskFormProps) {
  const { detail, busy } = props;
  const { draft, set, error, submit } = useTaskDraft<{ reviewed: boolean }>(
    props,
    { reviewed: false },
    (answers) => answers,
    validateReviewAmendment,
  );
  const reference = detail.task.caseReference;
  const fraudCase = useApiData(useCallback(() => getFraudCase(reference), [reference]));
  const toReview = amendmentsToReview(fraudCase.data?.amendments);

  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">What NFIB changed</h2>
      {fraudCase.error && <p className="govuk-body">{fraudCase.error}</p>}
      {!fraudCase.data && !fraudCase.error && <p className="govuk-body">Loading…</p>}
      {fraudCase.data && toReview.length === 0 && (
        <p className="govuk-body">Every amendment to this crime has already been acknowledged.</p>
      )}
      {toReview.map((amendment) => (
        <AmendmentChanges key={amendment.id} amendment={amendment} />
      ))}
      <Checkbox
        id="reviewed"
        legend="Review the amendment"
        hint="The crime’s facts already hold the new values; check whether the case needs anything else"
        label="I have reviewed this amendment"
        error={error('reviewed')}
        checked={draft.reviewed}
        onChange={(reviewed) => set({ reviewed })}
      />
      <SubmitButton busy={busy}>Acknowledge amendment</SubmitButton>
    </form>
  );
}
