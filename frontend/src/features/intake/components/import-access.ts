import type { NavigationLink } from '../../../components/primary-navigation';
import type { SessionUser } from '../../../api/session';

const IMPORTING_ROLES = ['ECU_OFFICER', 'ECU_SUPERVISOR'];
const VICTIM_LIST_ROLES = ['VICTIM_CARE_OFFICER'];

const hasAny = (user: SessionUser | null | undefined, roles: string[]) =>
  !!user && user.roles.some((role) => roles.includes(role.id));

/** Only the ECU imports NFIB disseminations; the API refuses everyone else (403). */
export function canImportDisseminations(user: SessionUser | null | undefined): boolean {
  return hasAny(user, IMPORTING_ROLES);
}

/** Only victim care officers import the weekly victim lists: they hold victims' details. */
export function canImportVictimLists(user: SessionUser | null | undefined): boolean {
  return hasAny(user, VICTIM_LIST_ROLES);
}

/** The primary navigation links this feature adds for the signed-in user. */
export function importNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canImportDisseminations(user) ? [{ to: '/fraud/imports', label: 'Import disseminations' }] : [];
}

/** The victim list import link, placed among the victim care sections. */
export function victimListImportNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canImportVictimLists(user) ? [{ to: '/victim-care/imports', label: 'Victim lists' }] : [];
}
