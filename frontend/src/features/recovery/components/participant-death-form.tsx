import { useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary } from '../../../components/error-summary';
import { NotesField } from '../../../components/notes-field';
import { SubmitButton } from '../../../components/submit-button';
import type { FieldError } from '../../../lib/api-client';
import { dateProblem, emptyDate, toIsoDate, type DateParts } from '../../../lib/dates';
import { recordDeath, type Participant } from '../api/recovery';
import { useSubmission } from './participant-forms';

export function validateDeath(diedOn: DateParts): FieldError[] {
  const date = dateProblem(diedOn, 'the date of death', { notInFuture: true });
  return date ? [{ field: 'diedOn', message: date }] : [];
}

/**
 * "Record a death" for a participant who has already left the programme: nobody is followed up after they have
 * died, so every follow-up still planned is cancelled. A death during participation is recorded as an exit.
 */
export function DeathAfterExit({ p, onSaved }: { p: Participant; onSaved: (notice: string) => void }) {
  const [diedOn, setDiedOn] = useState<DateParts>(emptyDate());
  const [notes, setNotes] = useState('');
  const { errors, busy, error, send } = useSubmission((field) =>
    field === 'diedOn' ? 'diedOn-day' : `death-${field}`,
  );
  if (p.status !== 'EXITED' || p.diedOn) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await send(
      validateDeath(diedOn),
      () => recordDeath(p.reference, { diedOn: toIsoDate(diedOn), notes: notes.trim() || null }),
      'The death could not be recorded; try again',
    );
    if (saved) onSaved('Death recorded: the follow-ups still planned are cancelled');
  }

  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Record a death</span>
      </summary>
      <div className="govuk-details__text">
        <form onSubmit={submit} noValidate aria-labelledby="record-death-heading" data-testid="death-form">
          <h3 className="govuk-heading-s" id="record-death-heading">
            Record a death after exit
          </h3>
          <ErrorSummary errors={errors} />
          <DateInput id="diedOn" legend="Date of death" error={error('diedOn')} value={diedOn} onChange={setDiedOn} />
          <NotesField id="death-notes" error={error('notes')} value={notes} onChange={setNotes} />
          <SubmitButton busy={busy}>Record the death</SubmitButton>
        </form>
      </div>
    </details>
  );
}
