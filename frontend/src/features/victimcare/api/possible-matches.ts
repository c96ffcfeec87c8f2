import { api } from '../../../lib/api-client';
import type { PossibleMatch } from './victims';

const matchPath = (id: string) => `/api/victim-care/possible-matches/${encodeURIComponent(id)}`;

/** The two records are one person: the new record's listings move to the victim already known. */
export const confirmPossibleMatch = (id: string) => api.post<PossibleMatch>(`${matchPath(id)}/confirm`);

/** The two records are different people: both stay. */
export const rejectPossibleMatch = (id: string) => api.post<PossibleMatch>(`${matchPath(id)}/reject`);

/** Undoes a confirmed link: the listings move back and the match waits for a decision again. */
export const unlinkPossibleMatch = (id: string) => api.post<PossibleMatch>(`${matchPath(id)}/unlink`);
