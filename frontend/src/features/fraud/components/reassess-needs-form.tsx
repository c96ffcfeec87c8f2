import { SubmitButton } from '../../../components/submit-button';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
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
export function ReassessNeedsForm(props: TaskFormProps) {
  const { draft, update, error, submit } = useTaskDraft<NeedsAssessmentDraft>(
    props,
    emptyNeedsAssessment,
    needsAssessmentAnswers,
    validateNeedsAssessment,
  );

  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Re-assess the victim’s needs</h2>
      <p className="govuk-body">
        The force counts a re-assessment on time when it is made before the next contact with the victim.
      </p>
      <NeedsAssessmentQuestions draft={draft} setDraft={update} error={error} />
      <SubmitButton busy={props.busy}>Record re-assessment</SubmitButton>
    </form>
  );
}
