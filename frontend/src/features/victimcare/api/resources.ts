import { api } from '../../../lib/api-client';
import type { ProtectResource } from './referrals';

/** A protect resource and how many are left; call blockers are POCA-funded stock. */
export interface ResourceStock {
  resource: ProtectResource;
  name: string;
  inStock: number;
  fundedBy?: string | null;
}

export const listResources = () => api.get<ResourceStock[]>('/api/victim-care/resources');
