import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getSession, signIn as apiSignIn, signOut as apiSignOut, type SessionUser } from '../api/session';

interface SessionState {
  user: SessionUser | null;
  loading: boolean;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [loading, setLoading] = useState(true);
  // The first answer about the session also brings the CSRF token a sign-in must carry. A cold server is slow
  // to make its first session, so a sign-in waits for that answer: sent sooner it would be refused, and the
  // answer arriving after it would sign out the person who had just signed in.
  const firstLoad = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    firstLoad.current = getSession()
      .then((u) => setUser(u ?? null))
      .catch(() => setUser(null))
      .finally(() => setLoading(false));
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    await firstLoad.current;
    setUser(await apiSignIn(username, password));
  }, []);

  const signOut = useCallback(async () => {
    try {
      await apiSignOut();
    } finally {
      // A session that has already ended on the server is signed out here too.
      setUser(null);
    }
    // A fresh token for the next sign-in on this page.
    await getSession().catch(() => undefined);
  }, []);

  const value = useMemo(() => ({ user, loading, signIn, signOut }), [user, loading, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside <SessionProvider>');
  return state;
}
