import { useState, type FormEvent } from 'react';
import { Radios } from '../../../components/radios';
import { Textarea } from '../../../components/textarea';
import { SubmitButton } from '../../../components/submit-button';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { ReferralContext, useReferral } from './referral-context';
import { unableToContactAnswers, validateUnableToContact, type UnableToContactDraft } from './victim-care-answers';
import { FAILED_CONTACT_OUTCOMES, inWords } from './victim-care-words';
import { formatDateTime } from '../../../lib/dates';

/** Task_UnableToContactReview: a supervisor decides, after the failed attempts, to try again or close. */
export function UnableToContactReviewForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const referral = useReferral(detail.task.caseReference);
  const [draft, setDraft] = useState<UnableToContactDraft>({ decision: '', reason: '' });
  const error = (id: string) => errorFor(errors, id);
  const attempts = referral.data?.contactAttempts ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(unableToContactAnswers(draft), validateUnableToContact(draft));
  }

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
          onChange={(decision) => setDraft((d) => ({ ...d, decision }))}
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
          onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))}
        />
        <SubmitButton busy={busy}>Save decision</SubmitButton>
      </form>
    </>
  );
}
