import { navigationLinks, type NavigationLink } from '../components/primary-navigation';
import type { SessionUser } from '../api/session';
import { auditNavigation } from '../features/audit/components/audit-access';
import { incidentNavigation } from '../features/operations/components/incident-access';
import { outcomeReturnNavigation } from '../features/fraud/components/outcome-return-access';
import { importNavigation, victimListImportNavigation } from '../features/intake/components/import-access';
import {
  programmeAreasNavigation,
  recoveryEvaluationNavigation,
  recoveryNavigation,
} from '../features/recovery/components/recovery-access';
import { retentionNavigation } from '../features/retention/components/retention-access';
import { slaNavigation } from '../features/sla/components/sla-access';
import { boardNavigation } from '../features/board/components/board-access';
import { taskNavigation } from '../features/tasks/components/task-access';
import {
  victimCareNavigation,
  victimCareStatisticsNavigation,
} from '../features/victimcare/components/victim-care-access';

/** The primary navigation for the signed-in user: each feature offers the sections their roles may use. */
export function primaryNavigation(user: SessionUser | null | undefined): NavigationLink[] {
  return navigationLinks(taskNavigation(user), [
    ...importNavigation(user),
    ...outcomeReturnNavigation(user),
    ...slaNavigation(user),
    ...boardNavigation(user),
    ...retentionNavigation(user),
    ...incidentNavigation(user),
    ...victimCareNavigation(user),
    ...victimListImportNavigation(user),
    ...victimCareStatisticsNavigation(user),
    ...recoveryNavigation(user),
    ...recoveryEvaluationNavigation(user),
    ...programmeAreasNavigation(user),
    ...auditNavigation(user),
  ]);
}
