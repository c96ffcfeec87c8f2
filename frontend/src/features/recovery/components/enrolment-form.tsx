import { useCallback } from 'react';
import { DateInput } from '../../../components/date-input';
import { SubmitButton } from '../../../components/submit-button';
import { dateProblem, emptyDate, toIsoDate, type DateParts } from '../../../lib/dates';
import type { TaskFormProps } from '../../../lib/task-form';
import { useApiData } from '../../../lib/use-api-data';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { getParticipant } from '../api/recovery';
import { KeyWorkerField } from './key-worker-field';
import { ParticipantContext } from './participant-context';
import { recoveryFieldId, required } from './recovery-answers';
import { emptyStage, stageAnswers, StageFields, validateStage, type StageDraft } from './stage-fields';

interface EnrolmentDraft {
  enrolmentDate: DateParts;
  keyWorker: string;
  stage: StageDraft;
}

const answers = (draft: EnrolmentDraft) => ({
  enrolmentDate: toIsoDate(draft.enrolmentDate),
  keyWorker: draft.keyWorker.trim(),
  firstStage: stageAnswers(draft.stage),
});

function problems(draft: EnrolmentDraft) {
  const date = dateProblem(draft.enrolmentDate, 'the enrolment date', { notInFuture: true });
  return [
    ...(date ? [{ field: 'enrolmentDate', message: date }] : []),
    ...required(draft.keyWorker, 'keyWorker', 'Choose the key worker'),
    ...validateStage(draft.stage, 'firstStage.'),
  ];
}

/** Task_Enrolment: the date, the key worker and the first treatment pathway stage. */
export function EnrolmentForm(props: TaskFormProps) {
  const { draft, set, error, submit } = useTaskDraft<EnrolmentDraft>(
    props,
    () => ({ enrolmentDate: emptyDate(), keyWorker: '', stage: emptyStage() }),
    answers,
    problems,
  );
  const fieldError = (field: string) => error(recoveryFieldId(field));
  const reference = props.detail.task.caseReference;
  const participant = useApiData(useCallback(() => getParticipant(reference), [reference]));
  const area = participant.data?.localAuthority;

  return (
    <>
      <ParticipantContext reference={reference} />
      <form onSubmit={submit} noValidate>
        <DateInput
          id="enrolmentDate"
          legend="Enrolment date"
          error={fieldError('enrolmentDate')}
          value={draft.enrolmentDate}
          onChange={(enrolmentDate) => set({ enrolmentDate })}
        />
        <KeyWorkerField
          team={area ? `cgl-${area}` : undefined}
          value={draft.keyWorker}
          onChange={(keyWorker) => set({ keyWorker })}
          error={fieldError('keyWorker')}
        />
        <h2 className="govuk-heading-m">First treatment pathway stage</h2>
        <StageFields
          prefix="firstStage."
          draft={draft.stage}
          onChange={(stage) => set({ stage })}
          error={fieldError}
          notesHint="Only drug referral workers see these notes"
        />
        <SubmitButton busy={props.busy}>Enrol the participant</SubmitButton>
      </form>
    </>
  );
}
