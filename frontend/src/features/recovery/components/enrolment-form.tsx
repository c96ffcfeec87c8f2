import { useCallback } from 'react';
import { DateInput } from '../../../components/date-input';
import { Select } from '../../../components/select';
import { SubmitButton } from '../../../components/submit-button';
import { TextInput } from '../../../components/text-input';
import { listTeamMembers } from '../../../api/reference';
import { dateProblem, emptyDate, toIsoDate, type DateParts } from '../../../lib/dates';
import type { TaskFormProps } from '../../../lib/task-form';
import { useApiData } from '../../../lib/use-api-data';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { getParticipant } from '../api/recovery';
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

/** The area's drug referral workers, for a drug worker of that area; others type the username. */
function KeyWorkerField({
  reference,
  value,
  onChange,
  error,
}: {
  reference: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const loadTeam = useCallback(
    () => getParticipant(reference).then((p) => listTeamMembers(`cgl-${p.localAuthority}`)),
    [reference],
  );
  const team = useApiData(loadTeam);
  if (team.data && team.data.length > 0) {
    return (
      <Select
        id="keyWorker"
        label="Key worker"
        hint="A drug referral worker of the participant's area"
        placeholder="Choose the key worker"
        error={error}
        options={team.data.map((m) => ({ value: m.username, label: m.displayName }))}
        value={value}
        onChange={onChange}
      />
    );
  }
  return (
    <TextInput
      id="keyWorker"
      label="Key worker's username"
      hint="A drug referral worker of the participant's area, for example drug.worker"
      className="govuk-input--width-20"
      autoComplete="off"
      error={error}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
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
          reference={reference}
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
