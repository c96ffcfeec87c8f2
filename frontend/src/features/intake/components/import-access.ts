import type { NavigationLink } from '../../../components/primary-navigation';
import type { SessionUser } from '../../auth/api/session';

const IMPORTING_ROLES = ['ECU_OFFICER', 'ECU_SUPERVISOR'];

/** Only the ECU imports NFIB disseminations; the API refuses everyone else (403). */
export function canImportDisseminations(user: SessionUser | null | undefined): boolean {
  return !!user && user.roles.some((role) => IMPORTING_ROLES.includes(role.id));
}

/** The primary navigation links this feature adds for the signed-in user. */
export function importNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canImportDisseminations(user) ? [{ to: '/fraud/imports', label: 'Import disseminations' }] : [];
}
