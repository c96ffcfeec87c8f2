import { api } from '../../../lib/api-client';

export type ProtectActivityKind = 'SOCIAL_MEDIA_POST' | 'OUTREACH_EVENT';

/** A post or event reported on APMIS: impressions for a post, people engaged for an event. No personal data. */
export interface ProtectActivity {
  id: number;
  kind: ProtectActivityKind;
  heldOn: string;
  title: string;
  figure: number;
  teamId?: string | null;
  recordedBy: string;
  recordedAt: string;
  correctedBy?: string | null;
  correctedAt?: string | null;
}

export interface NewProtectActivity {
  kind: string;
  heldOn: string;
  title: string;
  /** as typed: the server says when it is not a whole number from 0 */
  figure: string;
}

export const listProtectActivity = (from: string, to: string) =>
  api.get<ProtectActivity[]>(
    `/api/victim-care/protect-activity?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
  );

export const recordProtectActivity = (activity: NewProtectActivity) =>
  api.post<ProtectActivity>('/api/victim-care/protect-activity', activity);

export const correctProtectActivityFigure = (id: number, figure: string) =>
  api.put<ProtectActivity>(`/api/victim-care/protect-activity/${id}/figure`, { figure });
