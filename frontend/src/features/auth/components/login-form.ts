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
