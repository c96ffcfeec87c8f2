import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { getQueues, type TaskPage, type TaskQueues } from '../../../api/tasks';
import { hasNewWork } from './task-list-view';

/** How often the queues' change mark is asked for; the list itself is fetched only when it moves. */
export const POLL_MS = 10_000;

/** How long "List updated" stays in the live region, so the next update is announced afresh. */
const ANNOUNCEMENT_MS = 5_000;

export interface TaskList {
  queues: TaskQueues | null;
  list: TaskPage | null;
  /** a new list is being fetched for a changed view; the one shown is the view before */
  loading: boolean;
  /** why the list could not be loaded, in words */
  error: string | null;
  /** for a polite live region: "List updated" when new work has appeared */
  announcement: string;
  /** after the user's own change: fetch counts and list again, without announcing */
  refresh: () => Promise<void>;
}

/**
 * A list of tasks kept up to date without a manual reload. The queues endpoint (counts and a change
 * mark, no personal data) is polled; the list, whose every read is audited, is fetched again only
 * when the mark has moved. `load` must be stable (useCallback); a new one fetches at once.
 */
export function useTaskList(load: () => Promise<TaskPage>, pollMs = POLL_MS): TaskList {
  const [queues, setQueues] = useState<TaskQueues | null>(null);
  const [shown, setShown] = useState<{ page: TaskPage; from: () => Promise<TaskPage> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const mark = useRef<number | null>(null);
  const lastPage = useRef<TaskPage | null>(null);
  const latestRequest = useRef(0);

  const fetchList = useCallback(
    async (announce: boolean) => {
      const request = ++latestRequest.current;
      try {
        const page = await load();
        if (request !== latestRequest.current) return;
        if (announce && hasNewWork(lastPage.current, page)) setAnnouncement('List updated');
        lastPage.current = page;
        setShown({ page, from: load });
        setError(null);
      } catch (e) {
        if (request === latestRequest.current)
          setError(e instanceof ApiError ? e.message : 'The task list could not be loaded; try again');
      }
    },
    [load],
  );

  /** True when the mark has moved since it was last seen. */
  const fetchQueues = useCallback(async () => {
    try {
      const latest = await getQueues();
      setQueues(latest);
      const moved = mark.current !== null && mark.current !== latest.changeMark;
      mark.current = latest.changeMark;
      return moved;
    } catch {
      // Counts are a nicety; a failing list says what is wrong.
      return false;
    }
  }, []);

  useEffect(() => {
    fetchList(false);
  }, [fetchList]);

  useEffect(() => {
    fetchQueues();
    const timer = window.setInterval(async () => {
      if (document.hidden) return;
      if (await fetchQueues()) fetchList(true);
    }, pollMs);
    return () => window.clearInterval(timer);
  }, [fetchQueues, fetchList, pollMs]);

  useEffect(() => {
    if (!announcement) return;
    const timer = window.setTimeout(() => setAnnouncement(''), ANNOUNCEMENT_MS);
    return () => window.clearTimeout(timer);
  }, [announcement]);

  const refresh = useCallback(async () => {
    await Promise.all([fetchQueues(), fetchList(false)]);
  }, [fetchQueues, fetchList]);

  return { queues, list: shown?.page ?? null, loading: shown?.from !== load && !error, error, announcement, refresh };
}
