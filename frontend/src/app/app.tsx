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
import { signedInPages } from './signed-in-pages';
import { LoginPage } from '../features/auth/components/login-page';
import { SessionProvider, useSession } from '../lib/session-context';

function RequireSignIn({ children }: { children: ReactNode }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <p className="govuk-body">Loading…</p>;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
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
              path="/"
              element={
                <RequireSignIn>
                  <Home />
                </RequireSignIn>
              }
            />
            {signedInPages.map(({ path, page }) => (
              <Route key={path} path={path} element={<RequireSignIn>{page}</RequireSignIn>} />
            ))}
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
