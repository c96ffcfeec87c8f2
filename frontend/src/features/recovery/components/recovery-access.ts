import type { NavigationLink } from '../../../components/primary-navigation';
import type { SessionUser } from '../../../api/session';

type User = SessionUser | null | undefined;

const hasRole = (user: User, roles: string[]) => !!user && user.roles.some((role) => roles.includes(role.id));

/** O2R officers and drug referral workers work with participants; the server keeps each to their areas. */
export const canSeeParticipants = (user: User) => hasRole(user, ['O2R_OFFICER', 'DRUG_REFERRAL_WORKER']);

export const canRefer = (user: User) => hasRole(user, ['O2R_OFFICER']);

/** Drug referral workers see treatment notes (special category health data); officers never do. */
export const isDrugWorker = (user: User) => hasRole(user, ['DRUG_REFERRAL_WORKER']);

/** Aggregated figures only: officers, performance analysts and administrators. */
export const canSeeEvaluation = (user: User) => hasRole(user, ['O2R_OFFICER', 'PERFORMANCE_ANALYST', 'ADMINISTRATOR']);

export const canChangeProgrammeAreas = (user: User) => hasRole(user, ['ADMINISTRATOR']);

/** Participants, and for officers "Refer someone" and "Evaluation". */
export function recoveryNavigation(user: User): NavigationLink[] {
  return [
    ...(canSeeParticipants(user) ? [{ to: '/recovery/participants', label: 'Participants' }] : []),
    ...(canRefer(user) ? [{ to: '/recovery/referrals/new', label: 'Refer someone' }] : []),
  ];
}

/** Evaluation in the navigation of officers and analysts; administrators, whom the API also serves, open it by address. */
export function recoveryEvaluationNavigation(user: User): NavigationLink[] {
  return hasRole(user, ['O2R_OFFICER', 'PERFORMANCE_ANALYST'])
    ? [{ to: '/recovery/evaluation', label: 'Evaluation' }]
    : [];
}

export function programmeAreasNavigation(user: User): NavigationLink[] {
  return canChangeProgrammeAreas(user) ? [{ to: '/admin/programme-areas', label: 'Programme areas' }] : [];
}
