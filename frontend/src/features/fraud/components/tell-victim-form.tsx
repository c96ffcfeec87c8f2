import { useState, type FormEvent } from 'react';
import { NotesField } from '../../../components/notes-field';
import { DateInput } from '../../../components/date-input';
import { Radios } from '../../../components/radios';
import { emptyDate } from '../../../lib/dates';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { tellVictimAnswers, validateTellVictim, type TellVictimDraft } from './fraud-task-answers';
import { SubmitButton } from '../../../components/submit-button';

const NOT_INVESTIGATED = 'Task_TellVictimNotInvestigated';

/** The three Victims' Code updates: when and how the victim was told. */
export function TellVictimForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const [draft, setDraft] = useState<TellVictimDraft>({
    toldOn: emptyDate(),
    method: '',
    supportOffered: '',
    notes: '',
  });
  const askSupport = detail.task.taskType === NOT_INVESTIGATED;
  const set = (change: Partial<TellVictimDraft>) => setDraft((d) => ({ ...d, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(tellVictimAnswers(draft), validateTellVictim(draft, askSupport));
  }

  return (
    <form onSubmit={submit} noValidate>
      <DateInput
        id="toldOn"
        legend="When was the victim told?"
        hint="For example, 27 3 2025"
        error={errorFor(errors, 'toldOn-day')}
        value={draft.toldOn}
        onChange={(toldOn) => set({ toldOn })}
      />
      <Radios
        name="method"
        legend="How was the victim told?"
        legendSize="s"
        error={errorFor(errors, 'method')}
        value={draft.method}
        onChange={(method) => set({ method })}
        options={[
          { value: 'PHONE', label: 'Phone' },
          { value: 'VISIT', label: 'Visit' },
          { value: 'EMAIL', label: 'Email' },
          { value: 'LETTER', label: 'Letter' },
        ]}
      />
      {askSupport && (
        <Radios
          name="supportOffered"
          legend="Was the victim offered a referral to support?"
          legendSize="s"
          inline
          error={errorFor(errors, 'supportOffered')}
          value={draft.supportOffered}
          onChange={(v) => set({ supportOffered: v as TellVictimDraft['supportOffered'] })}
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
        />
      )}
      <NotesField error={errorFor(errors, 'notes')} value={draft.notes} onChange={(notes) => set({ notes })} />
      <SubmitButton busy={busy}>Record victim update</SubmitButton>
    </form>
  );
}
