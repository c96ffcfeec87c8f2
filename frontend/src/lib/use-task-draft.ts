import { useEffect, useRef, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import type { FieldError } from './api-client';
import { errorFor, type TaskFormProps } from './task-form';

type DraftProps = Pick<TaskFormProps, 'errors' | 'onSubmit' | 'restored' | 'onDraftChange'>;

/** The saved draft over the form's empty state: a field added since the draft was saved starts empty. */
function startingDraft<Draft>(initial: Draft | (() => Draft), restored: unknown): Draft {
  const empty = typeof initial === 'function' ? (initial as () => Draft)() : initial;
  if (!restored || typeof restored !== 'object' || typeof empty !== 'object' || empty === null) return empty;
  return { ...empty, ...(restored as Partial<Draft>) };
}

/**
 * What every task form keeps the same way: its draft answers, a setter for some of them (`set`) or for the
 * whole draft (`update`, as React's state setter), each field's error, and a submit that hands the answers over with the problems found before asking the server.
 * The draft starts from what was kept earlier (`restored`) and every change is handed to `onDraftChange`,
 * so the task page can keep it on the server: work is not lost to the Back button or a session ending.
 */
export function useTaskDraft<Draft>(
  { errors, onSubmit, restored, onDraftChange }: DraftProps,
  initial: Draft | (() => Draft),
  answers: (draft: Draft) => unknown,
  validate: (draft: Draft) => FieldError[],
) {
  const [draft, setDraft] = useState<Draft>(() => startingDraft(initial, restored));
  const changed = useRef(false);
  const update: Dispatch<SetStateAction<Draft>> = (action) => {
    changed.current = true;
    setDraft(action);
  };
  const set = (change: Partial<Draft>) => update((d) => ({ ...d, ...change }));
  const error = (id: string) => errorFor(errors, id);

  const report = useRef(onDraftChange);
  report.current = onDraftChange;
  useEffect(() => {
    // Only what the user changed is a draft; the empty or restored form as shown is not.
    if (changed.current) report.current?.(draft);
  }, [draft]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(answers(draft), validate(draft));
  }

  return { draft, set, update, error, submit };
}

/** A setter for one part of a draft made of parts, for questions that keep their own part (e.g. `offers`). */
export function draftPart<Draft, Part extends keyof Draft>(
  update: Dispatch<SetStateAction<Draft>>,
  part: Part,
): Dispatch<SetStateAction<Draft[Part]>> {
  return (action) =>
    update((d) => ({
      ...d,
      [part]: typeof action === 'function' ? (action as (previous: Draft[Part]) => Draft[Part])(d[part]) : action,
    }));
}
