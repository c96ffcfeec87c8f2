import { api } from '../../../lib/api-client';
import type { ProtectResource } from './referrals';

/** A protect resource and how many are left; call blockers are POCA-funded stock. */
export interface ResourceStock {
  resource: ProtectResource;
  name: string;
  inStock: number;
  fundedBy?: string | null;
  /** stock at or below this is low: more should be ordered */
  lowStockThreshold?: number;
  lowStock?: boolean;
}

/** A delivery that put stock back up: how many, the day it arrived, who recorded it and when. */
export interface ResourceDelivery {
  resource: ProtectResource;
  quantity: number;
  receivedOn: string;
  recordedBy: string;
  recordedAt: string;
}

export interface NewDelivery {
  /** as typed: the server says when it is not a positive whole number */
  quantity: string;
  /** the day it arrived; today when not given */
  receivedOn?: string | null;
}

export const listResources = () => api.get<ResourceStock[]>('/api/victim-care/resources');

export const recordDelivery = (resource: ProtectResource, delivery: NewDelivery) =>
  api.post<ResourceStock>(`/api/victim-care/resources/${resource}/deliveries`, delivery);

export const listDeliveries = (resource: ProtectResource) =>
  api.get<ResourceDelivery[]>(`/api/victim-care/resources/${resource}/deliveries`);

/** For victim care supervisors only: stock at or below this level is low. */
export const changeLowStockThreshold = (resource: ProtectResource, lowStockThreshold: string) =>
  api.put<ResourceStock>(`/api/victim-care/resources/${resource}/low-stock-threshold`, { lowStockThreshold });
