import type { NavigationLink } from '../../../components/primary-navigation';
import type { SessionUser } from '../../../api/session';

/** Only administrators run the retention review; the API refuses everyone else (403). */
export function canReviewRetention(user: SessionUser | null | undefined): boolean {
  return !!user && user.roles.some((role) => role.id === 'ADMINISTRATOR');
}

/** The primary navigation links this feature adds for the signed-in user. */
export function retentionNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canReviewRetention(user) ? [{ to: '/admin/retention', label: 'Retention review' }] : [];
}
