import type { ChangeEvent } from 'react';
import { Textarea } from './textarea';

interface Props {
  /** the answer's name, which is the element id: "notes" unless a form holds several */
  id?: string;
  /** "m" where the notes follow whole sections of a form */
  labelSize?: 's' | 'm';
  rows?: number;
  error?: string;
  value: string;
  onChange: (notes: string) => void;
}

/** The free-text notes many forms end with, worded the same everywhere. */
export function NotesField({ id = 'notes', labelSize, rows, error, value, onChange }: Props) {
  return (
    <Textarea
      id={id}
      label="Notes (optional)"
      labelSize={labelSize}
      rows={rows}
      error={error}
      value={value}
      onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
    />
  );
}
