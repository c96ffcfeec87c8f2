import type { NavigationLink } from '../../../components/primary-navigation';
import type { SessionUser } from '../../../api/session';

const VIEWING_ROLES = ['ECU_SUPERVISOR', 'PERFORMANCE_ANALYST'];
const BUILDING_ROLES = ['ECU_SUPERVISOR'];

const hasAny = (user: SessionUser | null | undefined, roles: string[]) =>
  !!user && user.roles.some((role) => roles.includes(role.id));

/** ECU supervisors and performance analysts see the outcome returns; the API refuses everyone else (403). */
export const canSeeOutcomeReturns = (user: SessionUser | null | undefined) => hasAny(user, VIEWING_ROLES);

/** Only ECU supervisors ask for a month's return to be built. */
export const canBuildOutcomeReturns = (user: SessionUser | null | undefined) => hasAny(user, BUILDING_ROLES);

/** The primary navigation links this feature adds for the signed-in user. */
export function outcomeReturnNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canSeeOutcomeReturns(user) ? [{ to: '/fraud/outcome-returns', label: 'Outcome returns' }] : [];
}
