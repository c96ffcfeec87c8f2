import { useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary } from '../../../components/error-summary';
import { NotesField } from '../../../components/notes-field';
import { Radios } from '../../../components/radios';
import { SubmitButton } from '../../../components/submit-button';
import { TableHead } from '../../../components/table-head';
import type { FieldError } from '../../../lib/api-client';
import { dateProblem, emptyDate, formatDate, toIsoDate, type DateParts } from '../../../lib/dates';
import { pauseParticipant, resumeParticipant, type Participant, type PauseReason } from '../api/recovery';
import { useSubmission, type FormProps } from './participant-forms';
import { inWords, PAUSE_REASONS } from './recovery-words';

interface PauseDraft {
  reason: string;
  startedOn: DateParts;
  notes: string;
}

export function validatePause(draft: PauseDraft): FieldError[] {
  const problems: FieldError[] = [];
  if (!draft.reason) problems.push({ field: 'reason', message: 'Choose why the programme is paused' });
  const date = dateProblem(draft.startedOn, 'the date the pause starts', { notInFuture: true });
  if (date) problems.push({ field: 'startedOn', message: date });
  return problems;
}

/** "Pause the programme": reviews and the programme's end are held until the participant resumes. */
export function PauseForm({ reference, onSaved }: Omit<FormProps, 'drugWorker'>) {
  const [draft, setDraft] = useState<PauseDraft>({ reason: '', startedOn: emptyDate(), notes: '' });
  const { errors, busy, error, send } = useSubmission((field) =>
    field === 'startedOn' ? 'pausedOn-day' : `pause-${field}`,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await send(
      validatePause(draft),
      () =>
        pauseParticipant(reference, {
          reason: (draft.reason || null) as PauseReason | null,
          startedOn: toIsoDate(draft.startedOn),
          notes: draft.notes.trim() || null,
        }),
      'The pause could not be recorded; try again',
    );
    if (saved) onSaved('Programme paused');
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="pause-heading" data-testid="pause-form">
      <h3 className="govuk-heading-s" id="pause-heading">
        Pause the programme
      </h3>
      <ErrorSummary errors={errors} />
      <Radios
        name="pause-reason"
        legend="Why is the programme paused?"
        legendSize="s"
        error={error('reason')}
        value={draft.reason}
        onChange={(reason) => setDraft((d) => ({ ...d, reason }))}
        options={Object.entries(PAUSE_REASONS).map(([value, label]) => ({ value, label }))}
      />
      <DateInput
        id="pausedOn"
        legend="Date the pause starts"
        hint="Reviews are not scheduled while paused, and the programme's end moves later by the days paused"
        error={error('startedOn')}
        value={draft.startedOn}
        onChange={(startedOn) => setDraft((d) => ({ ...d, startedOn }))}
      />
      <NotesField
        id="pause-notes"
        error={error('notes')}
        value={draft.notes}
        onChange={(notes) => setDraft((d) => ({ ...d, notes }))}
      />
      <SubmitButton busy={busy}>Pause the programme</SubmitButton>
    </form>
  );
}

/** "Resume the programme": ends the open pause. */
export function ResumeForm({ reference, onSaved }: Omit<FormProps, 'drugWorker'>) {
  const [resumedOn, setResumedOn] = useState<DateParts>(emptyDate());
  const { errors, busy, error, send } = useSubmission(() => 'resumedOn-day');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const date = dateProblem(resumedOn, 'the resume date', { notInFuture: true });
    const saved = await send(
      date ? [{ field: 'resumedOn', message: date }] : [],
      () => resumeParticipant(reference, toIsoDate(resumedOn)),
      'The resume could not be recorded; try again',
    );
    if (saved) onSaved('Programme resumed');
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="resume-heading" data-testid="resume-form">
      <h3 className="govuk-heading-s" id="resume-heading">
        Resume the programme
      </h3>
      <ErrorSummary errors={errors} />
      <DateInput
        id="resumedOn"
        legend="Date the participant resumes"
        error={error('resumedOn')}
        value={resumedOn}
        onChange={setResumedOn}
      />
      <SubmitButton busy={busy}>Resume the programme</SubmitButton>
    </form>
  );
}

/** The participant's pauses, the days paused in all, and the form to pause or resume. */
export function PausesSection({ p, onSaved }: { p: Participant; onSaved: (notice: string) => void }) {
  const pauses = p.pauses ?? [];
  const open = pauses.find((pause) => !pause.endedOn);
  if (!p.enrolment) return null;
  return (
    <section aria-labelledby="pauses-heading" data-testid="pauses">
      <h2 className="govuk-heading-m" id="pauses-heading">
        Pauses
      </h2>
      {pauses.length === 0 ? (
        <p className="govuk-body">Never paused.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {p.daysPaused ?? 0} days paused in all{open ? '; paused now' : ''}
          </caption>
          <TableHead columns={['Reason', 'From', 'Resumed', 'Days paused', 'Notes']} />
          <tbody className="govuk-table__body">
            {pauses.map((pause) => (
              <tr className="govuk-table__row" key={pause.startedOn + pause.reason}>
                <td className="govuk-table__cell">{inWords(PAUSE_REASONS, pause.reason)}</td>
                <td className="govuk-table__cell">{formatDate(pause.startedOn)}</td>
                <td className="govuk-table__cell">{pause.endedOn ? formatDate(pause.endedOn) : 'Paused now'}</td>
                <td className="govuk-table__cell">{pause.endedOn ? pause.daysPaused : '—'}</td>
                <td className="govuk-table__cell">{pause.notes || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p.status === 'ENROLLED' &&
        (open ? (
          <ResumeForm reference={p.reference} onSaved={onSaved} />
        ) : (
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Pause the programme</span>
            </summary>
            <div className="govuk-details__text">
              <PauseForm reference={p.reference} onSaved={onSaved} />
            </div>
          </details>
        ))}
    </section>
  );
}
