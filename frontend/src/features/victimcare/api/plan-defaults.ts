import { api } from '../../../lib/api-client';
import type { Advice, PlanDefaults, ProtectResource } from './referrals';

/** A support level's new default plan; numbers as typed, the server says when one is not a whole number. */
export interface PlanDefaultChange {
  name: string;
  contactEveryDays: string;
  contacts: string;
  advice: Advice[];
  resources: ProtectResource[];
}

/** Every support level's default plan, from the most support to the least. */
export const listPlanDefaults = () => api.get<PlanDefaults[]>('/api/victim-care/plan-defaults');

/** For victim care supervisors only; plans agreed from then on start from the new default. */
export const changePlanDefault = (supportLevel: string, change: PlanDefaultChange) =>
  api.put<PlanDefaults>(`/api/victim-care/plan-defaults/${encodeURIComponent(supportLevel)}`, change);
