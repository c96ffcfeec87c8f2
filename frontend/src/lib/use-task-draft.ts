import { useState, type FormEvent } from 'react';
import type { FieldError } from './api-client';
import { errorFor, type TaskFormProps } from './task-form';

/**
 * What every task form keeps the same way: its draft answers, a setter for some of them, each field's
 * error, and a submit that hands the answers over with the problems found before asking the server.
 */
export function useTaskDraft<Draft>(
  { errors, onSubmit }: Pick<TaskFormProps, 'errors' | 'onSubmit'>,
  initial: Draft | (() => Draft),
  answers: (draft: Draft) => unknown,
  validate: (draft: Draft) => FieldError[],
) {
  const [draft, setDraft] = useState<Draft>(initial);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const error = (id: string) => errorFor(errors, id);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(answers(draft), validate(draft));
  }

  return { draft, set, error, submit };
}
