import { useState, type FormEvent } from 'react';
import { Radios } from '../../../components/radios';
import { Textarea } from '../../../components/textarea';
import { SubmitButton } from '../../../components/submit-button';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { ReferralContext, useReferral } from './referral-context';
import { closureAnswers, validateClosure, type ClosureDraft } from './victim-care-answers';
import { CLOSURE_OUTCOMES } from './victim-care-words';

/** Task_CloseReferral: the outcome the referral closes with. */
export function CloseReferralForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const referral = useReferral(detail.task.caseReference);
  const [draft, setDraft] = useState<ClosureDraft>({ outcome: '', notes: '' });
  const error = (id: string) => errorFor(errors, id);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(closureAnswers(draft), validateClosure(draft));
  }

  return (
    <>
      <ReferralContext referral={referral} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="outcome"
          legend="Outcome"
          error={error('outcome')}
          value={draft.outcome}
          onChange={(outcome) => setDraft((d) => ({ ...d, outcome }))}
          options={Object.entries(CLOSURE_OUTCOMES).map(([value, label]) => ({ value, label }))}
        />
        <Textarea
          id="notes"
          label="Notes (optional)"
          error={error('notes')}
          value={draft.notes}
          onChange={(e) => setDraft((d) => ({ ...d, notes: e.target.value }))}
        />
        <SubmitButton busy={busy}>Close referral</SubmitButton>
      </form>
    </>
  );
}
