import { api } from '../../../lib/api-client';

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
}

/** The signed-in user, or undefined when nobody is signed in. */
export const getSession = () => api.get<SessionUser | undefined>('/api/auth/session');

export const signIn = (username: string, password: string) =>
  api.post<SessionUser>('/api/auth/login', { username, password });

export const signOut = () => api.post<void>('/api/auth/logout');
