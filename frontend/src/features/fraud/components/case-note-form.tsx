import { useState, type FormEvent } from 'react';
import { CharacterCount } from '../../../components/character-count';
import type { ErrorItem } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-client';
import { addCaseNote, NOTE_MAX_LENGTH, type CaseNote } from '../api/fraud-cases';
import { caseErrorItems, saveProblems } from './case-problems';
import { validateNote } from './case-forms';
import { SubmitButton } from '../../../components/submit-button';

interface Props {
  reference: string;
  errorFor: (id: string) => string | undefined;
  onProblems: (problems: ErrorItem[]) => void;
  onAdded: (note: CaseNote) => void;
}

/** The API calls the note's field `text`; on the page it is the `note` box. */
function onNoteField(e: unknown): unknown {
  if (!(e instanceof ApiError)) return e;
  const fieldErrors = e.fieldErrors.map((f) => (f.field === 'text' ? { ...f, field: 'note' } : f));
  return new ApiError(e.status, e.message, fieldErrors);
}

/** Adds a note to the case; it goes on the timeline. */
export function CaseNoteForm({ reference, errorFor, onProblems, onAdded }: Props) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateNote(text);
    if (problems.length > 0) return onProblems(caseErrorItems(problems));
    setBusy(true);
    try {
      const note = await addCaseNote(reference, text.trim());
      setText('');
      onAdded(note);
    } catch (e) {
      onProblems(saveProblems(onNoteField(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="case-note-heading">
      <CharacterCount
        id="note"
        label="Note"
        hint="Everyone who can see this case can read it."
        maxLength={NOTE_MAX_LENGTH}
        error={errorFor('note')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <SubmitButton busy={busy}>Add note</SubmitButton>
    </form>
  );
}
