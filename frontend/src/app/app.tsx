import { useEffect, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { AppHeader } from '../components/app-header';
import { SessionTimeoutDialog } from '../components/session-timeout-dialog';
import { getSession } from '../api/session';
import { useSessionTimeout } from '../lib/use-session-timeout';
import { PrimaryNavigation } from '../components/primary-navigation';
import { primaryNavigation } from './navigation';
import { homeOf } from './home';
import { PageTitleAndFocus } from './page-title';
import { ImportPage } from '../features/intake/components/import-page';
import { ImportStatusPage } from '../features/intake/components/import-status-page';
import { VictimListImportPage, VictimListStatusPage } from '../features/intake/components/victim-list-pages';
import { AuditEventPage } from '../features/audit/components/audit-event-page';
import { AuditTrailPage } from '../features/audit/components/audit-page';
import { LoginPage } from '../features/auth/components/login-page';
import { SessionProvider, useSession } from '../lib/session-context';
import { CasePage } from '../features/fraud/components/case-page';
import { fraudTaskForms } from '../features/fraud/components/fraud-task-forms';
import { OutcomeReturnPage, OutcomeReturnsPage } from '../features/fraud/components/outcome-returns-page';
import { IncidentsPage } from '../features/operations/components/incidents-page';
import { ErasurePage } from '../features/retention/components/erasure-page';
import { RetentionReviewPage } from '../features/retention/components/retention-review-page';
import { ReadyToAllocatePage } from '../features/tasks/components/ready-to-allocate-page';
import { TaskListPage } from '../features/tasks/components/task-list-page';
import { TaskPage } from '../features/tasks/components/task-page';
import { SlaPage } from '../features/sla/components/sla-page';
import { VictimsCodeCasesPage, VictimsCodePage } from '../features/sla/components/victims-code-page';
import { BoardCasesPage } from '../features/board/components/board-cases-page';
import { BoardReportRoute } from '../features/board/components/board-report-route';
import { slaTaskForms } from '../features/sla/components/sla-task-forms';
import { ChangeContactPlanPage } from '../features/victimcare/components/change-contact-plan-page';
import { ReferralPage } from '../features/victimcare/components/referral-page';
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

const taskForms = { ...fraudTaskForms, ...slaTaskForms, ...victimCareTaskForms, ...recoveryTaskForms };

function RequireSignIn({ children }: { children: ReactNode }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <p className="govuk-body">Loading…</p>;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** For a user with no role this service serves: nothing to load, so nothing is refused. */
function NoAccess() {
  return (
    <>
      <h1 className="govuk-heading-l">You have no work in this service</h1>
      <p className="govuk-body">Your account has no role here. Ask a system administrator if you need one.</p>
    </>
  );
}

function Home() {
  const { user } = useSession();
  return <Navigate to={homeOf(user)} replace />;
}

/**
 * Warns two minutes before the session ends; when it ends, signs out and comes back here after signing in,
 * where the task's draft (kept as the user typed) is restored.
 */
function SessionTimeout() {
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const clock = useSessionTimeout(user?.sessionTimeoutSeconds);
  const here = location.pathname + location.search;

  useEffect(() => {
    if (clock === 'ended' && user) {
      signOut().finally(() => navigate('/login', { state: { from: here } }));
    }
  }, [clock, user, signOut, navigate, here]);

  if (!user || clock !== 'warning') return null;
  return (
    <SessionTimeoutDialog
      timeLeft="2 minutes"
      onStaySignedIn={() => {
        // Any answer from the server extends the session and restarts the clock.
        getSession().catch(() => undefined);
      }}
      onSignOut={() => {
        signOut().finally(() => navigate('/login', { state: { from: here } }));
      }}
    />
  );
}

function Layout() {
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <>
      <SessionTimeout />
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <AppHeader
        user={user}
        onSignOut={() => {
          signOut().then(() => navigate('/login'));
        }}
      />
      <PrimaryNavigation links={primaryNavigation(user)} />
      <div className="govuk-width-container app-width-container--wide">
        <main className="govuk-main-wrapper" id="main-content" role="main">
          <PageTitleAndFocus mainId="main-content" />
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route
              path="/fraud/imports"
              element={
                <RequireSignIn>
                  <ImportPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/fraud/imports/:id"
              element={
                <RequireSignIn>
                  <ImportStatusPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/fraud/outcome-returns"
              element={
                <RequireSignIn>
                  <OutcomeReturnsPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/fraud/outcome-returns/:month"
              element={
                <RequireSignIn>
                  <OutcomeReturnPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/admin/retention"
              element={
                <RequireSignIn>
                  <RetentionReviewPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/admin/retention/erase"
              element={
                <RequireSignIn>
                  <ErasurePage />
                </RequireSignIn>
              }
            />
            <Route
              path="/admin/incidents"
              element={
                <RequireSignIn>
                  <IncidentsPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/victim-care/imports"
              element={
                <RequireSignIn>
                  <VictimListImportPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/victim-care/imports/:id"
              element={
                <RequireSignIn>
                  <VictimListStatusPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/victim-care/victims"
              element={
                <RequireSignIn>
                  <VictimsPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/victim-care/victims/:victimId"
              element={
                <RequireSignIn>
                  <VictimPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/victim-care/referrals/:reference"
              element={
                <RequireSignIn>
                  <ReferralPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/victim-care/referrals/:reference/contact-plan"
              element={
                <RequireSignIn>
                  <ChangeContactPlanPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/victim-care/statistics"
              element={
                <RequireSignIn>
                  <StatisticsPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/victim-care/resources"
              element={
                <RequireSignIn>
                  <ResourcesPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/recovery/referrals/new"
              element={
                <RequireSignIn>
                  <ReferralFormPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/recovery/participants"
              element={
                <RequireSignIn>
                  <ParticipantsPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/recovery/participants/:reference"
              element={
                <RequireSignIn>
                  <ParticipantPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/recovery/evaluation"
              element={
                <RequireSignIn>
                  <EvaluationPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/admin/programme-areas"
              element={
                <RequireSignIn>
                  <ProgrammeAreasPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/audit"
              element={
                <RequireSignIn>
                  <AuditTrailPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/audit/events/:id"
              element={
                <RequireSignIn>
                  <AuditEventPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/search"
              element={
                <RequireSignIn>
                  <SearchPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/no-access"
              element={
                <RequireSignIn>
                  <NoAccess />
                </RequireSignIn>
              }
            />
            <Route
              path="/tasks"
              element={
                <RequireSignIn>
                  <TaskListPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/tasks/ready-to-allocate"
              element={
                <RequireSignIn>
                  <ReadyToAllocatePage />
                </RequireSignIn>
              }
            />
            <Route
              path="/tasks/:taskId"
              element={
                <RequireSignIn>
                  <TaskPage forms={taskForms} />
                </RequireSignIn>
              }
            />
            <Route
              path="/sla"
              element={
                <RequireSignIn>
                  <SlaPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/board-report"
              element={
                <RequireSignIn>
                  <BoardReportRoute />
                </RequireSignIn>
              }
            />
            <Route
              path="/board-report/cases"
              element={
                <RequireSignIn>
                  <BoardCasesPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/sla/victims-code"
              element={
                <RequireSignIn>
                  <VictimsCodePage />
                </RequireSignIn>
              }
            />
            <Route
              path="/sla/victims-code/cases"
              element={
                <RequireSignIn>
                  <VictimsCodeCasesPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/cases/:crimeReference"
              element={
                <RequireSignIn>
                  <CasePage />
                </RequireSignIn>
              }
            />
            <Route
              path="/"
              element={
                <RequireSignIn>
                  <Home />
                </RequireSignIn>
              }
            />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </main>
      </div>
    </>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Layout />
      </SessionProvider>
    </BrowserRouter>
  );
}
