import { NotesField } from '../../../components/notes-field';
import { Radios } from '../../../components/radios';
import { SubmitButton } from '../../../components/submit-button';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { ReferralContext, useReferral } from './referral-context';
import { closureAnswers, validateClosure, type ClosureDraft } from './victim-care-answers';
import { CLOSE_FORM_OUTCOMES } from './victim-care-words';

/** Task_CloseReferral: the outcome the referral closes with. */
export function CloseReferralForm(props: TaskFormProps) {
  const referral = useReferral(props.detail.task.caseReference);
  const { draft, set, error, submit } = useTaskDraft<ClosureDraft>(
    props,
    { outcome: '', notes: '' },
    closureAnswers,
    validateClosure,
  );

  return (
    <>
      <ReferralContext referral={referral} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="outcome"
          legend="Outcome"
          error={error('outcome')}
          value={draft.outcome}
          onChange={(outcome) => set({ outcome })}
          options={Object.entries(CLOSE_FORM_OUTCOMES).map(([value, label]) => ({ value, label }))}
        />
        <NotesField error={error('notes')} value={draft.notes} onChange={(notes) => set({ notes })} />
        <SubmitButton busy={props.busy}>Close referral</SubmitButton>
      </form>
    </>
  );
}
