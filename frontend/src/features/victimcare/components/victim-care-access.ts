import type { NavigationLink } from '../../../components/primary-navigation';
import type { SessionUser } from '../../../api/session';

const VICTIM_CARE_ROLES = ['VICTIM_CARE_OFFICER'];

/** Victims' details are for victim care officers only; the API refuses everyone else (403) and audits it. */
export const canSeeVictims = (user: SessionUser | null | undefined) =>
  !!user && user.roles.some((role) => VICTIM_CARE_ROLES.includes(role.id));

/** The victim care sections of the primary navigation, for victim care officers only. */
export function victimCareNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canSeeVictims(user) ? [{ to: '/victim-care/victims', label: 'Victims' }] : [];
}

/** The unit's own pages: its weekly figures, its protect resources' stock and deliveries, and its APMIS Protect activity. */
export function victimCareStatisticsNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canSeeVictims(user)
    ? [
        { to: '/victim-care/statistics', label: 'Victim care statistics' },
        { to: '/victim-care/resources', label: 'Protect resources' },
        { to: '/victim-care/protect-activity', label: 'Protect activity' },
      ]
    : [];
}
