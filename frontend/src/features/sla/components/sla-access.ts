import type { NavigationLink } from '../../../components/primary-navigation';
import type { SessionUser } from '../../../api/session';

const VIEWING_ROLES = ['ECU_SUPERVISOR', 'PERFORMANCE_ANALYST'];

/** ECU supervisors (their teams) and performance analysts (every team, read only) see service levels. */
export const canSeeServiceLevels = (user: SessionUser | null | undefined) =>
  !!user && user.roles.some((role) => VIEWING_ROLES.includes(role.id));

export function slaNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canSeeServiceLevels(user) ? [{ to: '/sla', label: 'Service levels' }] : [];
}
