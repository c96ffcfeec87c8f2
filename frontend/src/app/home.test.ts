import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/session';
import { homeOf } from './home';

const userWith = (...roles: string[]): SessionUser => ({
  username: 'someone',
  displayName: 'Someone',
  roles: roles.map((id) => ({ id, label: id })),
  teams: [],
});

describe('where signing in lands', () => {
  it('lands each role on a page it may see', () => {
    expect(homeOf(userWith('ECU_OFFICER'))).toBe('/tasks');
    expect(homeOf(userWith('LOCAL_INVESTIGATOR'))).toBe('/tasks');
    expect(homeOf(userWith('DRUG_REFERRAL_WORKER'))).toBe('/tasks');
    expect(homeOf(userWith('PERFORMANCE_ANALYST'))).toBe('/fraud/outcome-returns');
    expect(homeOf(userWith('ADMINISTRATOR'))).toBe('/admin/retention');
    expect(homeOf(userWith('AUDITOR'))).toBe('/audit');
  });

  it('never sends someone with no role here to the task list, which would refuse them', () => {
    expect(homeOf(userWith())).toBe('/no-access');
  });
});
