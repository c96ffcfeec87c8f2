import { useCallback, useEffect, useRef, useState } from 'react';
import { discardTaskDraft, getTaskDraft, saveTaskDraft, type TaskDraft } from '../../../api/tasks';

/** How long after the last change the draft is saved: typing does not send a request per key. */
export const DRAFT_SAVE_DELAY_MS = 1000;

/**
 * Keeps the task form's answers on the server as the user types, for a task the user holds: loaded once
 * (from any browser), saved a second after the last change and when the page is left or hidden.
 */
export function useDraftKeeper(taskId: string, holding: boolean) {
  // undefined while loading; null when there is no draft
  const [restored, setRestored] = useState<TaskDraft | null | undefined>(undefined);
  const [hasDraft, setHasDraft] = useState(false);
  // A new key starts the form afresh after a discard.
  const [formKey, setFormKey] = useState(0);
  const pending = useRef<unknown>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!holding) return;
    let current = true;
    getTaskDraft(taskId)
      .then((draft) => {
        if (!current) return;
        setRestored(draft ?? null);
        setHasDraft(Boolean(draft));
      })
      .catch(() => current && setRestored(null));
    return () => {
      current = false;
    };
  }, [taskId, holding]);

  const flush = useCallback(
    (keepalive = false) => {
      clearTimeout(timer.current);
      if (pending.current === undefined) return;
      const answers = pending.current;
      pending.current = undefined;
      // A draft that cannot be kept (session ended, task gone) loses only the last second of typing.
      saveTaskDraft(taskId, answers, keepalive).catch(() => undefined);
    },
    [taskId],
  );

  useEffect(() => {
    const onPageHide = () => flush(true);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      flush(true);
    };
  }, [flush]);

  const onDraftChange = useCallback(
    (answers: unknown) => {
      pending.current = answers;
      setHasDraft(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(), DRAFT_SAVE_DELAY_MS);
    },
    [flush],
  );

  /** Stops any save on its way: the task is being completed or given back, which ends its draft. */
  const forget = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = undefined;
  }, []);

  const discard = useCallback(async () => {
    forget();
    await discardTaskDraft(taskId);
    setRestored(null);
    setHasDraft(false);
    setFormKey((k) => k + 1);
  }, [taskId, forget]);

  return { ready: !holding || restored !== undefined, restored, hasDraft, formKey, onDraftChange, forget, discard };
}
