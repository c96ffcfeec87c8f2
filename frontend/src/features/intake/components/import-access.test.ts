import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../api/session';
import {
  canImportDisseminations,
  canImportVictimLists,
  importNavigation,
  victimListImportNavigation,
} from './import-access';

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

describe('canImportVictimLists', () => {
  it('lets victim care officers import victim lists, and nobody else', () => {
    expect(canImportVictimLists(userWith('VICTIM_CARE_OFFICER'))).toBe(true);
    expect(canImportVictimLists(userWith('ECU_OFFICER', 'ECU_SUPERVISOR', 'DRUG_REFERRAL_WORKER'))).toBe(false);
    expect(canImportVictimLists(null)).toBe(false);
    expect(victimListImportNavigation(userWith('VICTIM_CARE_OFFICER'))).toEqual([
      { to: '/victim-care/imports', label: 'Victim lists' },
    ]);
    expect(victimListImportNavigation(userWith('ECU_SUPERVISOR'))).toEqual([]);
    expect(importNavigation(userWith('VICTIM_CARE_OFFICER'))).toEqual([]);
  });
});
