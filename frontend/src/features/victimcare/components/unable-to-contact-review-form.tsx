import { Radios } from '../../../components/radios';
import { SubmitButton } from '../../../components/submit-button';
import { Textarea } from '../../../components/textarea';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { ReferralContext, useReferral } from './referral-context';
import { unableToContactAnswers, validateUnableToContact, type UnableToContactDraft } from './victim-care-answers';
import { FAILED_CONTACT_OUTCOMES, inWords } from './victim-care-words';
import { formatDateTime } from '../../../lib/dates';

/** Task_UnableToContactReview: a supervisor decides, after the failed attempts, to try again or close. */
export function UnableToContactReviewForm(props: TaskFormProps) {
  const referral = useReferral(props.detail.task.caseReference);
  const { draft, set, error, submit } = useTaskDraft<UnableToContactDraft>(
    props,
    { decision: '', reason: '' },
    unableToContactAnswers,
    validateUnableToContact,
  );
  const attempts = referral.data?.contactAttempts ?? [];

  return (
    <>
      <ReferralContext referral={referral} />
      {attempts.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Failed contact attempts</h2>
          <ul className="govuk-list govuk-list--bullet" data-testid="failed-attempts">
            {attempts.map((a, i) => (
              <li key={`${a.attemptedAt}-${i}`}>
                {formatDateTime(a.attemptedAt)}: {inWords(FAILED_CONTACT_OUTCOMES, a.outcome)}
                {a.notes ? ` (${a.notes})` : ''}, {a.recordedBy}
              </li>
            ))}
          </ul>
        </>
      )}
      <form onSubmit={submit} noValidate>
        <Radios
          name="decision"
          legend="What should happen now?"
          error={error('decision')}
          value={draft.decision}
          onChange={(decision) => set({ decision })}
          options={[
            { value: 'TRY_AGAIN', label: 'Try again', hint: 'The first contact task goes back to the team' },
            { value: 'CLOSE', label: 'Close the referral', hint: 'Closed as unable to contact' },
          ]}
        />
        <Textarea
          id="reason"
          label="Reason for your decision"
          error={error('reason')}
          value={draft.reason}
          onChange={(e) => set({ reason: e.target.value })}
        />
        <SubmitButton busy={props.busy}>Save decision</SubmitButton>
      </form>
    </>
  );
}
