import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { AppHeader } from '../components/app-header';
import { navigationLinks, PrimaryNavigation } from '../components/primary-navigation';
import { importNavigation } from '../features/intake/components/import-access';
import { ImportPage } from '../features/intake/components/import-page';
import { ImportStatusPage } from '../features/intake/components/import-status-page';
import { LoginPage } from '../features/auth/components/login-page';
import { SessionProvider, useSession } from '../features/auth/components/session-context';
import { CasePage } from '../features/fraud/components/case-page';
import { fraudTaskForms } from '../features/fraud/components/fraud-task-forms';
import { canSeeOutcomeReturns, outcomeReturnNavigation } from '../features/fraud/components/outcome-return-access';
import { OutcomeReturnPage, OutcomeReturnsPage } from '../features/fraud/components/outcome-returns-page';
import { canWorkTasks, taskNavigation } from '../features/tasks/components/task-access';
import { TaskListPage } from '../features/tasks/components/task-list-page';
import { TaskPage } from '../features/tasks/components/task-page';

function RequireSignIn({ children }: { children: ReactNode }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <p className="govuk-body">Loading…</p>;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** Where signing in lands: the task list, or the outcome returns for analysts, who work no tasks. */
function Home() {
  const { user } = useSession();
  const home = !canWorkTasks(user) && canSeeOutcomeReturns(user) ? '/fraud/outcome-returns' : '/tasks';
  return <Navigate to={home} replace />;
}

function Layout() {
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <AppHeader
        user={user}
        onSignOut={() => {
          signOut().then(() => navigate('/login'));
        }}
      />
      <PrimaryNavigation
        links={navigationLinks(taskNavigation(user), [...importNavigation(user), ...outcomeReturnNavigation(user)])}
      />
      <div className="govuk-width-container app-width-container--wide">
        <main className="govuk-main-wrapper" id="main-content" role="main">
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/fraud/imports" element={<RequireSignIn><ImportPage /></RequireSignIn>} />
            <Route path="/fraud/imports/:id" element={<RequireSignIn><ImportStatusPage /></RequireSignIn>} />
            <Route path="/fraud/outcome-returns" element={<RequireSignIn><OutcomeReturnsPage /></RequireSignIn>} />
            <Route path="/fraud/outcome-returns/:month" element={<RequireSignIn><OutcomeReturnPage /></RequireSignIn>} />
            <Route path="/tasks" element={<RequireSignIn><TaskListPage /></RequireSignIn>} />
            <Route path="/tasks/:taskId" element={<RequireSignIn><TaskPage forms={fraudTaskForms} /></RequireSignIn>} />
            <Route path="/cases/:crimeReference" element={<RequireSignIn><CasePage /></RequireSignIn>} />
            <Route path="/" element={<RequireSignIn><Home /></RequireSignIn>} />
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
