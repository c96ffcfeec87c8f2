import { useCallback } from 'react';
import { Radios } from '../../../components/radios';
import { SubmitButton } from '../../../components/submit-button';
import { Textarea } from '../../../components/textarea';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { useApiData } from '../../../lib/use-api-data';
import { amendmentsToReview, getFraudCase } from '../api/fraud-cases';
import { AmendmentChanges } from './amendment-changes';
import {
  reviewFiledCaseEventAnswers,
  validateReviewFiledCaseEvent,
  type ReviewFiledCaseEventDraft,
} from './fraud-task-answers';

/**
 * Task_ReviewFiledCaseEvent: an arrest, charge, new information or an NFIB amendment on a filed or finalised
 * case. The supervisor keeps it filed, saying why, or reopens it: it goes back to triage and its outcome no
 * longer stands. An amendment not yet reviewed is shown as what NFIB changed, old and new values.
 */
export function ReviewFiledCaseEventForm(props: TaskFormProps) {
  const { detail, errors, busy } = props;
  const { draft, set, submit } = useTaskDraft<ReviewFiledCaseEventDraft>(
    props,
    { decision: '', reason: '' },
    reviewFiledCaseEventAnswers,
    validateReviewFiledCaseEvent,
  );
  const reference = detail.task.caseReference;
  const fraudCase = useApiData(useCallback(() => getFraudCase(reference), [reference]));
  const latestEvent = fraudCase.data?.history.find((entry) => entry.what.startsWith('Event logged'));
  const amended = amendmentsToReview(fraudCase.data?.amendments);

  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">What happened</h2>
      {fraudCase.error && <p className="govuk-body">{fraudCase.error}</p>}
      {!fraudCase.data && !fraudCase.error && <p className="govuk-body">Loading…</p>}
      {amended.map((amendment) => (
        <AmendmentChanges key={amendment.id} amendment={amendment} />
      ))}
      {amended.length === 0 && latestEvent && (
        <p className="govuk-body" data-testid="event-to-review">
          {latestEvent.what}
          {latestEvent.detail ? `: ${latestEvent.detail}` : ''}
        </p>
      )}
      <Radios
        name="decision"
        legend="Should the case be reopened?"
        hint="Whoever filed the case cannot review it"
        error={errorFor(errors, 'decision')}
        value={draft.decision}
        onChange={(decision) => set({ decision: decision as ReviewFiledCaseEventDraft['decision'] })}
        options={[
          { value: 'REOPEN', label: 'Reopen it for triage' },
          { value: 'KEEP_FILED', label: 'Keep it filed' },
        ]}
      />
      <Textarea
        id="reason"
        label="Why?"
        hint="Kept on the case’s timeline"
        error={errorFor(errors, 'reason')}
        value={draft.reason}
        onChange={(e) => set({ reason: e.target.value })}
      />
      <SubmitButton busy={busy}>Save decision</SubmitButton>
    </form>
  );
}
