import { describe, expect, it } from 'vitest';
import { singleSignOnProblem, validateLogin } from './login-form';

describe('validateLogin', () => {
  it('asks for both answers when both are missing', () => {
    expect(validateLogin({ username: '  ', password: '' })).toEqual([
      { field: 'username', message: 'Enter your username' },
      { field: 'password', message: 'Enter your password' },
    ]);
  });

  it('accepts a username and password', () => {
    expect(validateLogin({ username: 'ecu.officer', password: 'secret' })).toEqual([]);
  });
});

describe('singleSignOnProblem', () => {
  it('explains a refusal and a failure, and says nothing otherwise', () => {
    expect(singleSignOnProblem('refused')).toMatch(/cannot be used to sign in to ECU Casework/);
    expect(singleSignOnProblem('failed')).toMatch(/did not work/);
    expect(singleSignOnProblem('unavailable')).toBe(
      'The case database is not available just now; try again in a minute.',
    );
    expect(singleSignOnProblem(null)).toBeNull();
    expect(singleSignOnProblem('something-else')).toBeNull();
  });
});
