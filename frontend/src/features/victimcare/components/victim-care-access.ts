import type { NavigationLink } from '../../../components/primary-navigation';
import type { SessionUser } from '../../../api/session';

const VICTIM_CARE_ROLES = ['VICTIM_CARE_OFFICER'];

/** Victims' details are for victim care officers only; the API refuses everyone else (403) and audits it. */
export const canSeeVictims = (user: SessionUser | null | undefined) =>
  !!user && user.roles.some((role) => VICTIM_CARE_ROLES.includes(role.id));

/**
 * Victim care supervisors are the victim care officers in the ECVCU supervisors' team, whose queue holds the
 * referrals the unit could not reach; they may change the plan defaults and low-stock levels. The API checks the same.
 */
export const isVictimCareSupervisor = (user: SessionUser | null | undefined) =>
  canSeeVictims(user) && !!user?.teams.some((team) => team.teamId === 'ecvcu-supervisors');

/** The victim care sections of the primary navigation, for victim care officers only. */
export function victimCareNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canSeeVictims(user) ? [{ to: '/victim-care/victims', label: 'Victims' }] : [];
}

/**
 * The unit's own pages: its weekly figures, its protect resources' stock and deliveries, its plan defaults and its
 * Protect activity for APMIS.
 */
export function victimCareStatisticsNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canSeeVictims(user)
    ? [
        { to: '/victim-care/statistics', label: 'Victim care statistics' },
        { to: '/victim-care/resources', label: 'Protect resources' },
        { to: '/victim-care/plan-defaults', label: 'Plan defaults' },
        { to: '/victim-care/protect-activity', label: 'Protect activity' },
      ]
    : [];
}
