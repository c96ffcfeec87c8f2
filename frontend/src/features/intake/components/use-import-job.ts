import { useEffect, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { getImport, getImportReport, type ImportJob, type ImportReportEntry } from '../api/imports';

export const POLL_MS = 1000;

interface ImportJobState {
  job: ImportJob | null;
  report: ImportReportEntry[] | null;
  error: string | null;
}

/** Follows one import: asks every second while it runs, then fetches its report once it has ended. */
export function useImportJob(id: string): ImportJobState {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [report, setReport] = useState<ImportReportEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    async function poll() {
      try {
        const next = await getImport(id);
        if (stopped) return;
        setJob(next);
        setError(null);
        if (next.status === 'RUNNING') timer = window.setTimeout(poll, POLL_MS);
      } catch (e) {
        if (stopped) return;
        setError(e instanceof ApiError ? e.message : 'The import could not be loaded');
        // No point asking again about an import that is not there or not ours to see.
        const final = e instanceof ApiError && (e.status === 403 || e.status === 404);
        if (!final) timer = window.setTimeout(poll, POLL_MS);
      }
    }
    setJob(null);
    setReport(null);
    poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [id]);

  const ended = job !== null && job.status !== 'RUNNING';
  useEffect(() => {
    if (!ended) return;
    let stopped = false;
    getImportReport(id)
      .then((entries) => {
        if (!stopped) setReport(entries);
      })
      .catch((e) => {
        if (!stopped) setError(e instanceof ApiError ? e.message : 'The import report could not be loaded');
      });
    return () => {
      stopped = true;
    };
  }, [id, ended]);

  return { job, report, error };
}
