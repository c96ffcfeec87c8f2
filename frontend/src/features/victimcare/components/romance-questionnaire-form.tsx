import { DateInput } from '../../../components/date-input';
import { NotesField } from '../../../components/notes-field';
import { Radios } from '../../../components/radios';
import { SubmitButton } from '../../../components/submit-button';
import { todayIso } from '../../../lib/dates';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { dateParts } from './contact-rows';
import { ReferralContext, useReferral } from './referral-context';
import { questionnaireAnswers, validateQuestionnaire, type QuestionnaireDraft } from './victim-care-answers';

/** Task_RomanceQuestionnaire: the national romance fraud victim questionnaire, asked before closure. */
export function RomanceQuestionnaireForm(props: TaskFormProps) {
  const referral = useReferral(props.detail.task.caseReference);
  const { draft, set, error, submit } = useTaskDraft<QuestionnaireDraft>(
    props,
    () => ({ outcome: '', completedOn: dateParts(todayIso()), notes: '' }),
    questionnaireAnswers,
    validateQuestionnaire,
  );

  return (
    <>
      <ReferralContext referral={referral} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="outcome"
          legend="Did the victim complete the national romance fraud victim questionnaire?"
          error={error('outcome')}
          value={draft.outcome}
          onChange={(outcome) => set({ outcome })}
          options={[
            { value: 'COMPLETED', label: 'Yes, they completed it' },
            { value: 'DECLINED', label: 'No, they declined' },
          ]}
        />
        <DateInput
          id="completedOn"
          legend="When was it completed or declined?"
          legendSize="m"
          hint="For example, 27 11 2026"
          error={error('completedOn-day')}
          value={draft.completedOn}
          onChange={(completedOn) => set({ completedOn })}
        />
        <NotesField error={error('notes')} value={draft.notes} onChange={(notes) => set({ notes })} />
        <SubmitButton busy={props.busy}>Save questionnaire</SubmitButton>
      </form>
    </>
  );
}
