import type { NavigationLink } from '../../../components/primary-navigation';
import type { SessionUser } from '../../../api/session';

/** The roles the task API serves (TaskListService.CASEWORKERS); anyone else meets a 403 there. */
const CASEWORKER_ROLES = [
  'ECU_OFFICER',
  'ECU_SUPERVISOR',
  'LOCAL_INVESTIGATOR',
  'VICTIM_CARE_OFFICER',
  'O2R_OFFICER',
  'DRUG_REFERRAL_WORKER',
];

export function canWorkTasks(user: SessionUser | null | undefined): boolean {
  return !!user && user.roles.some((role) => CASEWORKER_ROLES.includes(role.id));
}

export function taskNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canWorkTasks(user) ? [{ to: '/tasks', label: 'Tasks' }] : [];
}
