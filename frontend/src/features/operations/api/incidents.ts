import { api } from '../../../lib/api-client';

/** An automatic step that failed every time it was tried and waits for an administrator. */
export interface Incident {
  id: string;
  /** the process's name, e.g. "Monthly outcome return" */
  process: string;
  processInstanceId: string;
  /** the case or return it belongs to, e.g. a crime reference or "outcome-return-2026-01" */
  businessKey?: string;
  activityId: string;
  /** the step's name, e.g. "Submit the return" */
  activity: string;
  /** why it failed, in plain words */
  message?: string;
  /** ISO instant of the last failure */
  occurredAt: string;
  /** further tries the engine will make by itself */
  retriesLeft: number;
}

const base = '/api/admin/incidents';

export const getIncidents = () => api.get<Incident[]>(base);

/** Gives the failed step one more try (audited); an ApiError 404 when the incident is no longer open. */
export const retryIncident = (id: string) => api.post<Incident>(`${base}/${encodeURIComponent(id)}/retry`);
