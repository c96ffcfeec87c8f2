import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../auth/api/session';
import { canImportDisseminations, importNavigation } from './import-access';

function userWith(...roles: string[]): SessionUser {
  return {
    username: 'someone',
    displayName: 'Someone',
    roles: roles.map((id) => ({ id, label: id })),
    teams: [],
  };
}

describe('canImportDisseminations', () => {
  it('lets ECU officers and ECU supervisors import', () => {
    expect(canImportDisseminations(userWith('ECU_OFFICER'))).toBe(true);
    expect(canImportDisseminations(userWith('ECU_SUPERVISOR'))).toBe(true);
  });

  it('does not let other roles, or nobody, import', () => {
    expect(canImportDisseminations(userWith('LOCAL_INVESTIGATOR', 'ANALYST'))).toBe(false);
    expect(canImportDisseminations(userWith())).toBe(false);
    expect(canImportDisseminations(null)).toBe(false);
  });
});

describe('importNavigation', () => {
  it('offers the import link to the ECU only', () => {
    expect(importNavigation(userWith('ECU_SUPERVISOR'))).toEqual([
      { to: '/fraud/imports', label: 'Import disseminations' },
    ]);
    expect(importNavigation(userWith('DRUG_REFERRAL_WORKER'))).toEqual([]);
    expect(importNavigation(null)).toEqual([]);
  });
});
