import { Radios } from '../../../components/radios';
import { SubmitButton } from '../../../components/submit-button';
import { Textarea } from '../../../components/textarea';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { ParticipantContext } from './participant-context';
import { asBoolean, required, YES_NO } from './recovery-answers';

/** Task_ReEngagement: after two missed reviews; if it fails the participant exits as disengaged. */
export function ReEngagementForm(props: TaskFormProps) {
  const { draft, set, error, submit } = useTaskDraft(
    props,
    { reEngaged: '', notes: '' },
    (d) => ({ reEngaged: asBoolean(d.reEngaged), notes: d.notes.trim() }),
    (d) => [
      ...required(d.reEngaged, 'reEngaged', 'Say whether the participant re-engaged'),
      ...required(d.notes, 'notes', 'Say what was tried'),
    ],
  );

  return (
    <>
      <ParticipantContext reference={props.detail.task.caseReference} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="reEngaged"
          legend="Has the participant re-engaged?"
          hint="If not, they exit the programme as disengaged"
          inline
          options={YES_NO}
          error={error('reEngaged')}
          value={draft.reEngaged}
          onChange={(reEngaged) => set({ reEngaged })}
        />
        <Textarea
          id="notes"
          label="What was tried"
          error={error('notes')}
          value={draft.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
        <SubmitButton busy={props.busy}>Save</SubmitButton>
      </form>
    </>
  );
}
