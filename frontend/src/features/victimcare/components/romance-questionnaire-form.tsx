import { useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import { Radios } from '../../../components/radios';
import { Textarea } from '../../../components/textarea';
import { todayIso } from '../../../lib/dates';
import { SubmitButton } from '../../../components/submit-button';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { dateParts } from './contact-rows';
import { ReferralContext, useReferral } from './referral-context';
import { questionnaireAnswers, validateQuestionnaire, type QuestionnaireDraft } from './victim-care-answers';

/** Task_RomanceQuestionnaire: the national romance fraud victim questionnaire, asked before closure. */
export function RomanceQuestionnaireForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const referral = useReferral(detail.task.caseReference);
  const [draft, setDraft] = useState<QuestionnaireDraft>(() => ({
    outcome: '',
    completedOn: dateParts(todayIso()),
    notes: '',
  }));
  const error = (id: string) => errorFor(errors, id);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(questionnaireAnswers(draft), validateQuestionnaire(draft));
  }

  return (
    <>
      <ReferralContext referral={referral} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="outcome"
          legend="Did the victim complete the national romance fraud victim questionnaire?"
          error={error('outcome')}
          value={draft.outcome}
          onChange={(outcome) => setDraft((d) => ({ ...d, outcome }))}
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
          onChange={(completedOn) => setDraft((d) => ({ ...d, completedOn }))}
        />
        <Textarea
          id="notes"
          label="Notes (optional)"
          error={error('notes')}
          value={draft.notes}
          onChange={(e) => setDraft((d) => ({ ...d, notes: e.target.value }))}
        />
        <SubmitButton busy={busy}>Save questionnaire</SubmitButton>
      </form>
    </>
  );
}
