import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { NotesField } from './notes-field';

function Notes({ id, error }: { id?: string; error?: string }) {
  const [notes, setNotes] = useState('');
  return <NotesField id={id} error={error} value={notes} onChange={setNotes} />;
}

describe('NotesField', () => {
  it('is labelled “Notes (optional)”, with the id and name notes unless given another', () => {
    render(<Notes />);
    const notes = screen.getByRole('textbox', { name: 'Notes (optional)' });
    expect(notes).toHaveAttribute('id', 'notes');
    expect(notes).toHaveAttribute('name', 'notes');
    expect(notes).toHaveAttribute('rows', '4');
    expect(notes).not.toHaveAttribute('aria-describedby');
  });

  it('takes another id, and links its error to the field', () => {
    render(<Notes id="exit-notes" error="Notes must be 2000 characters or fewer" />);
    const notes = screen.getByRole('textbox', { name: 'Notes (optional)' });
    expect(notes).toHaveAttribute('id', 'exit-notes');
    expect(notes).toHaveAttribute('aria-describedby', 'exit-notes-error');
    expect(notes).toHaveAccessibleDescription('Error: Notes must be 2000 characters or fewer');
  });

  it('hands over the text as typed', async () => {
    render(<Notes />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Notes (optional)' }), 'Rang twice');
    expect(screen.getByRole('textbox', { name: 'Notes (optional)' })).toHaveValue('Rang twice');
  });
});
