import type { SessionUser } from '../api/session';
import { isAuditor } from '../features/audit/components/audit-access';
import { canSeeOutcomeReturns } from '../features/fraud/components/outcome-return-access';
import { canReviewRetention } from '../features/retention/components/retention-access';
import { canWorkTasks } from '../features/tasks/components/task-access';

/**
 * Where signing in lands: the task list, or for those who work no tasks, their section (outcome
 * returns for analysts, the retention review for administrators, the audit trail for auditors). Each is a
 * page the role may see, so signing in never leaves a refused access on the audit trail.
 */
export function homeOf(user: SessionUser | null | undefined): string {
  if (canWorkTasks(user)) return '/tasks';
  if (canSeeOutcomeReturns(user)) return '/fraud/outcome-returns';
  if (canReviewRetention(user)) return '/admin/retention';
  if (isAuditor(user)) return '/audit';
  return '/no-access';
}
