import { useState, type FormEvent } from 'react';
import { SubmitButton } from '../../../components/submit-button';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import {
  emptyNeedsAssessment,
  needsAssessmentAnswers,
  validateNeedsAssessment,
  type NeedsAssessmentDraft,
} from './needs-assessment';
import { NeedsAssessmentQuestions } from './needs-assessment-questions';

/**
 * Task_ReassessNeeds: the victim's needs changed, so the officer assesses them again (Victims' Code Right 4),
 * including whether the victim is now entitled to Enhanced Rights, which times every later update.
 */
export function ReassessNeedsForm({ errors, busy, onSubmit }: TaskFormProps) {
  const [draft, setDraft] = useState<NeedsAssessmentDraft>(emptyNeedsAssessment);
  const error = (id: string) => errorFor(errors, id);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(needsAssessmentAnswers(draft), validateNeedsAssessment(draft));
  }

  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Re-assess the victim’s needs</h2>
      <p className="govuk-body">
        The force counts a re-assessment on time when it is made before the next contact with the victim.
      </p>
      <NeedsAssessmentQuestions draft={draft} setDraft={setDraft} error={error} />
      <SubmitButton busy={busy}>Record re-assessment</SubmitButton>
    </form>
  );
}
