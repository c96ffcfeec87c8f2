import type { NavigationLink } from '../../../components/primary-navigation';
import type { SessionUser } from '../../../api/session';

/** Only administrators see and retry incidents; the API refuses everyone else (403). */
export function canSeeIncidents(user: SessionUser | null | undefined): boolean {
  return !!user && user.roles.some((role) => role.id === 'ADMINISTRATOR');
}

/** The primary navigation links this feature adds for the signed-in user. */
export function incidentNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canSeeIncidents(user) ? [{ to: '/admin/incidents', label: 'Incidents' }] : [];
}
