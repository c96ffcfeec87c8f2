import type { NavigationLink } from '../../../components/primary-navigation';
import type { SessionUser } from '../../../api/session';

/** Auditors and administrators read the audit trail; the API refuses everyone else (403). */
export function canReadAuditTrail(user: SessionUser | null | undefined): boolean {
  return !!user && user.roles.some((role) => role.id === 'AUDITOR' || role.id === 'ADMINISTRATOR');
}

/** The auditor works only here, so the audit trail is their home. */
export function isAuditor(user: SessionUser | null | undefined): boolean {
  return !!user && user.roles.some((role) => role.id === 'AUDITOR');
}

/** The primary navigation links this feature adds for the signed-in user. */
export function auditNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canReadAuditTrail(user) ? [{ to: '/audit', label: 'Audit trail' }] : [];
}
