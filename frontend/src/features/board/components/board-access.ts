import type { SessionUser } from '../../../api/session';
import type { NavigationLink } from '../../../components/primary-navigation';

/** The supervisors and analysts who prepare the board's papers (as the API allows). */
export function canSeeBoardReport(user: SessionUser | null | undefined): boolean {
  return !!user?.roles.some((r) => r.id === 'ECU_SUPERVISOR' || r.id === 'PERFORMANCE_ANALYST');
}

export function boardNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return canSeeBoardReport(user) ? [{ to: '/board-report', label: 'Board report' }] : [];
}

/** The crimes behind a figure are case records: of the board's readers, only a supervisor may open them. */
export function canOpenBoardCases(user: SessionUser | null | undefined): boolean {
  return !!user?.roles.some((r) => r.id === 'ECU_SUPERVISOR');
}

/** Supervisors add and correct the intensification periods; analysts read them. */
export function canKeepCampaigns(user: SessionUser | null | undefined): boolean {
  return !!user?.roles.some((r) => r.id === 'ECU_SUPERVISOR');
}
