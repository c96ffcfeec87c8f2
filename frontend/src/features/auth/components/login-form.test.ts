import { describe, expect, it } from 'vitest';
import { validateLogin } from './login-form';

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
