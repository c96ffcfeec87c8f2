import { api } from '../lib/api-client';

export interface Role {
  id: string;
  label: string;
}

export interface TeamMembership {
  teamId: string;
  teamName: string;
  supervisor: boolean;
}

export interface SessionUser {
  username: string;
  displayName: string;
  roles: Role[];
  teams: TeamMembership[];
  /** how long the session lasts without a request; the app warns two minutes before it ends */
  sessionTimeoutSeconds?: number;
}

/** The signed-in user, or undefined when nobody is signed in. */
export const getSession = () => api.get<SessionUser | undefined>('/api/auth/session');

export const signIn = (username: string, password: string) =>
  api.post<SessionUser>('/api/auth/login', { username, password });

export const signOut = () => api.post<void>('/api/auth/logout');

/** How the login page may sign people in: a password always, the force's single sign-on when it is configured. */
export interface SignInOptions {
  singleSignOn: boolean;
  /** where the browser goes (a full page load, not an app route) to start single sign-on */
  singleSignOnPath?: string;
}

export const getSignInOptions = () => api.get<SignInOptions>('/api/auth/sign-in-options');
