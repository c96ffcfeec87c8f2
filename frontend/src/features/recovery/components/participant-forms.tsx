import { useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { NotesField } from '../../../components/notes-field';
import { Radios } from '../../../components/radios';
import { ApiError, type FieldError } from '../../../lib/api-client';
import { dateProblem, emptyDate, toIsoDate, type DateParts } from '../../../lib/dates';
import { SubmitButton } from '../../../components/submit-button';
import {
  leaveBeforeEnrolment,
  recordExit,
  recordPathwayStage,
  type LeftBeforeEnrolmentReason,
  type RecordedExitReason,
} from '../api/recovery';
import { EXIT_REASONS, LEFT_BEFORE_ENROLMENT_REASONS } from './recovery-words';
import { emptyStage, stageAnswers, StageFields, stageFieldId, validateStage, type StageDraft } from './stage-fields';

/** Sends a form's answers, turning client and server problems into an error summary's items. */
export function useSubmission(fieldId: (field: string) => string) {
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const show = (problems: FieldError[]) =>
    setErrors(problems.map(({ field, message }) => ({ field: fieldId(field), message })));
  const error = (field: string) => errors.find((e) => e.field === fieldId(field))?.message;

  async function send(problems: FieldError[], action: () => Promise<void>, fallback: string): Promise<boolean> {
    if (problems.length > 0) {
      show(problems);
      return false;
    }
    setBusy(true);
    try {
      await action();
      setErrors([]);
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.fieldErrors.length > 0) show(e.fieldErrors);
      else setErrors([{ message: e instanceof ApiError ? e.message : fallback }]);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { errors, busy, error, send };
}

export interface FormProps {
  reference: string;
  /** after saving: the page reloads the participant and says what was saved */
  onSaved: (notice: string) => void;
  drugWorker: boolean;
}

/** "Record a pathway stage" on the participant page, for enrolled participants. */
export function PathwayStageForm({ reference, onSaved, drugWorker }: FormProps) {
  const [draft, setDraft] = useState<StageDraft>(emptyStage);
  const { errors, busy, error, send } = useSubmission((field) => stageFieldId('', field) ?? field);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await send(
      validateStage(draft),
      () => recordPathwayStage(reference, stageAnswers(draft)),
      'The stage could not be recorded; try again',
    );
    if (saved) {
      setDraft(emptyStage());
      onSaved('Pathway stage recorded');
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-stage-heading" data-testid="pathway-stage-form">
      <h3 className="govuk-heading-s" id="record-stage-heading">
        Record a pathway stage
      </h3>
      <ErrorSummary errors={errors} />
      <StageFields
        prefix=""
        draft={draft}
        onChange={setDraft}
        error={error}
        notesHint={
          drugWorker
            ? 'Only drug referral workers see these notes'
            : 'Only drug referral workers see these notes: once saved, you will not see them'
        }
      />
      <SubmitButton busy={busy}>Record the stage</SubmitButton>
    </form>
  );
}

interface ExitDraft {
  reason: string;
  exitDate: DateParts;
  notes: string;
}

const RECORDED_EXIT_REASONS: RecordedExitReason[] = [
  'EARLY_DISCHARGE_FROM_REHAB',
  'CUSTODY',
  'MOVED_OUT_OF_AREA',
  'WITHDREW_CONSENT',
  'DIED',
];

export function validateExit(draft: ExitDraft): FieldError[] {
  const problems: FieldError[] = [];
  if (!draft.reason) problems.push({ field: 'reason', message: 'Choose why the participant is leaving' });
  const date = dateProblem(draft.exitDate, 'the exit date', { notInFuture: true });
  if (date) problems.push({ field: 'exitDate', message: date });
  return problems;
}

/** "Record an exit" on the participant page: the reasons the process does not decide itself. */
export function ExitForm({ reference, onSaved }: FormProps) {
  const [draft, setDraft] = useState<ExitDraft>({ reason: '', exitDate: emptyDate(), notes: '' });
  const { errors, busy, error, send } = useSubmission((field) =>
    field === 'exitDate' ? 'exitDate-day' : `exit-${field}`,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await send(
      validateExit(draft),
      () =>
        recordExit(reference, {
          reason: (draft.reason || null) as RecordedExitReason | null,
          exitDate: toIsoDate(draft.exitDate),
          notes: draft.notes.trim() || null,
        }),
      'The exit could not be recorded; try again',
    );
    if (saved) onSaved('Exit recorded');
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-exit-heading" data-testid="exit-form">
      <h3 className="govuk-heading-s" id="record-exit-heading">
        Record an exit
      </h3>
      <ErrorSummary errors={errors} />
      <Radios
        name="exit-reason"
        legend="Why is the participant leaving the programme?"
        legendSize="s"
        error={error('reason')}
        value={draft.reason}
        onChange={(reason) => setDraft((d) => ({ ...d, reason }))}
        options={RECORDED_EXIT_REASONS.map((value) => ({ value, label: EXIT_REASONS[value] }))}
      />
      <DateInput
        id="exitDate"
        legend="Exit date"
        error={error('exitDate')}
        value={draft.exitDate}
        onChange={(exitDate) => setDraft((d) => ({ ...d, exitDate }))}
      />
      <NotesField
        id="exit-notes"
        error={error('notes')}
        value={draft.notes}
        onChange={(notes) => setDraft((d) => ({ ...d, notes }))}
      />
      <SubmitButton busy={busy}>Record the exit</SubmitButton>
    </form>
  );
}

/** "Left before enrolment" on the participant page: a referral that ends before the person is enrolled. */
export function LeaveBeforeEnrolmentForm({ reference, onSaved }: FormProps) {
  const [draft, setDraft] = useState<ExitDraft>({ reason: '', exitDate: emptyDate(), notes: '' });
  const { errors, busy, error, send } = useSubmission((field) =>
    field === 'date' || field === 'exitDate' ? 'leftOn-day' : `left-${field}`,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!draft.reason) problems.push({ field: 'reason', message: 'Choose why the person is leaving before enrolment' });
    const date = dateProblem(draft.exitDate, 'the date', { notInFuture: true });
    if (date) problems.push({ field: 'date', message: date });
    const saved = await send(
      problems,
      () =>
        leaveBeforeEnrolment(reference, {
          reason: (draft.reason || null) as LeftBeforeEnrolmentReason | null,
          date: toIsoDate(draft.exitDate),
          notes: draft.notes.trim() || null,
        }),
      'It could not be recorded; try again',
    );
    if (saved) onSaved('Recorded as left before enrolment');
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="left-heading" data-testid="left-before-enrolment-form">
      <h3 className="govuk-heading-s" id="left-heading">
        Left before enrolment
      </h3>
      <ErrorSummary errors={errors} />
      <Radios
        name="left-reason"
        legend="Why is the person leaving before enrolment?"
        legendSize="s"
        error={error('reason')}
        value={draft.reason}
        onChange={(reason) => setDraft((d) => ({ ...d, reason }))}
        options={Object.entries(LEFT_BEFORE_ENROLMENT_REASONS).map(([value, label]) => ({ value, label }))}
      />
      <DateInput
        id="leftOn"
        legend="Date"
        error={error('date')}
        value={draft.exitDate}
        onChange={(exitDate) => setDraft((d) => ({ ...d, exitDate }))}
      />
      <NotesField
        id="left-notes"
        error={error('notes')}
        value={draft.notes}
        onChange={(notes) => setDraft((d) => ({ ...d, notes }))}
      />
      <SubmitButton busy={busy}>Record that they left</SubmitButton>
    </form>
  );
}
