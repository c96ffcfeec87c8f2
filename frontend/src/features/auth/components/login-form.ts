import type { ErrorItem } from '../../../components/error-summary';

export interface LoginAnswers {
  username: string;
  password: string;
}

/** Checks done before asking the server; the server's answer is still the one that counts. */
export function validateLogin({ username, password }: LoginAnswers): ErrorItem[] {
  const errors: ErrorItem[] = [];
  if (!username.trim()) errors.push({ field: 'username', message: 'Enter your username' });
  if (!password) errors.push({ field: 'password', message: 'Enter your password' });
  return errors;
}

/**
 * Why single sign-on sent the browser back to the login page (its `sso` query parameter), in words;
 * null when it did not.
 */
export function singleSignOnProblem(outcome: string | null): string | null {
  if (outcome === 'refused') {
    return 'Your force account cannot be used to sign in to ECU Casework. Ask a system administrator to give your account a role.';
  }
  if (outcome === 'unavailable') {
    return 'The case database is not available just now; try again in a minute.';
  }
  if (outcome === 'failed') {
    return 'Signing in with force single sign-on did not work. Try again, or sign in with your username and password.';
  }
  return null;
}
