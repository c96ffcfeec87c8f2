import type { ReactNode } from 'react';
import { TaskPage } from '../features/tasks/components/task-page';
import { ImportPage } from '../features/intake/components/import-page';
import { ImportStatusPage } from '../features/intake/components/import-status-page';
import { VictimListImportPage, VictimListStatusPage } from '../features/intake/components/victim-list-pages';
import { AuditEventPage } from '../features/audit/components/audit-event-page';
import { AuditTrailPage } from '../features/audit/components/audit-page';
import { CasePage } from '../features/fraud/components/case-page';
import { fraudTaskForms } from '../features/fraud/components/fraud-task-forms';
import { OutcomeReturnPage, OutcomeReturnsPage } from '../features/fraud/components/outcome-returns-page';
import { IncidentsPage } from '../features/operations/components/incidents-page';
import { ErasurePage } from '../features/retention/components/erasure-page';
import { RetentionReviewPage } from '../features/retention/components/retention-review-page';
import { ReadyToAllocatePage } from '../features/tasks/components/ready-to-allocate-page';
import { TaskListPage } from '../features/tasks/components/task-list-page';
import { SlaPage } from '../features/sla/components/sla-page';
import { VictimsCodeCasesPage, VictimsCodePage } from '../features/sla/components/victims-code-page';
import { BoardCasesPage } from '../features/board/components/board-cases-page';
import { BoardReportRoute, CampaignsRoute } from '../features/board/components/board-report-route';
import { slaTaskForms } from '../features/sla/components/sla-task-forms';
import { ChangeContactPlanPage } from '../features/victimcare/components/change-contact-plan-page';
import { ReferralPage } from '../features/victimcare/components/referral-page';
import { PlanDefaultsPage } from '../features/victimcare/components/plan-defaults-page';
import { ProtectActivityPage } from '../features/victimcare/components/protect-activity-page';
import { ResourcesPage } from '../features/victimcare/components/resources-page';
import { StatisticsPage } from '../features/victimcare/components/statistics-page';
import { victimCareTaskForms } from '../features/victimcare/components/victim-care-task-forms';
import { VictimPage } from '../features/victimcare/components/victim-page';
import { VictimsPage } from '../features/victimcare/components/victims-page';
import { SearchPage } from '../features/search/components/search-page';
import { EvaluationPage } from '../features/recovery/components/evaluation-page';
import { ParticipantPage } from '../features/recovery/components/participant-page';
import { ParticipantsPage } from '../features/recovery/components/participants-page';
import { ProgrammeAreasPage } from '../features/recovery/components/programme-areas-page';
import { recoveryTaskForms } from '../features/recovery/components/recovery-task-forms';
import { ReferralFormPage } from '../features/recovery/components/referral-form-page';

/** For a user with no role this service serves: nothing to load, so nothing is refused. */
function NoAccess() {
  return (
    <>
      <h1 className="govuk-heading-l">You have no work in this service</h1>
      <p className="govuk-body">Your account has no role here. Ask a system administrator if you need one.</p>
    </>
  );
}

const taskForms = { ...fraudTaskForms, ...slaTaskForms, ...victimCareTaskForms, ...recoveryTaskForms };

/** Every page behind sign-in, by its address; the app shows each only to a signed-in user. */
export const signedInPages: { path: string; page: ReactNode }[] = [
  { path: '/fraud/imports', page: <ImportPage /> },
  { path: '/fraud/imports/:id', page: <ImportStatusPage /> },
  { path: '/fraud/outcome-returns', page: <OutcomeReturnsPage /> },
  { path: '/fraud/outcome-returns/:month', page: <OutcomeReturnPage /> },
  { path: '/admin/retention', page: <RetentionReviewPage /> },
  { path: '/admin/retention/erase', page: <ErasurePage /> },
  { path: '/admin/incidents', page: <IncidentsPage /> },
  { path: '/victim-care/imports', page: <VictimListImportPage /> },
  { path: '/victim-care/imports/:id', page: <VictimListStatusPage /> },
  { path: '/victim-care/victims', page: <VictimsPage /> },
  { path: '/victim-care/victims/:victimId', page: <VictimPage /> },
  { path: '/victim-care/referrals/:reference', page: <ReferralPage /> },
  { path: '/victim-care/referrals/:reference/contact-plan', page: <ChangeContactPlanPage /> },
  { path: '/victim-care/statistics', page: <StatisticsPage /> },
  { path: '/victim-care/resources', page: <ResourcesPage /> },
  { path: '/victim-care/plan-defaults', page: <PlanDefaultsPage /> },
  { path: '/victim-care/protect-activity', page: <ProtectActivityPage /> },
  { path: '/recovery/referrals/new', page: <ReferralFormPage /> },
  { path: '/recovery/participants', page: <ParticipantsPage /> },
  { path: '/recovery/participants/:reference', page: <ParticipantPage /> },
  { path: '/recovery/evaluation', page: <EvaluationPage /> },
  { path: '/admin/programme-areas', page: <ProgrammeAreasPage /> },
  { path: '/audit', page: <AuditTrailPage /> },
  { path: '/audit/events/:id', page: <AuditEventPage /> },
  { path: '/search', page: <SearchPage /> },
  { path: '/no-access', page: <NoAccess /> },
  { path: '/tasks', page: <TaskListPage /> },
  { path: '/tasks/ready-to-allocate', page: <ReadyToAllocatePage /> },
  { path: '/sla', page: <SlaPage /> },
  { path: '/board-report', page: <BoardReportRoute /> },
  { path: '/board-report/cases', page: <BoardCasesPage /> },
  { path: '/board-report/intensification-periods', page: <CampaignsRoute /> },
  { path: '/sla/victims-code', page: <VictimsCodePage /> },
  { path: '/sla/victims-code/cases', page: <VictimsCodeCasesPage /> },
  { path: '/cases/:crimeReference', page: <CasePage /> },
  { path: '/tasks/:taskId', page: <TaskPage forms={taskForms} /> },
];
