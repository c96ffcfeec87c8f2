// Victim care's sections beside the imports feature's, as the primary navigation puts them together.
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/session';
import { importNavigation, victimListImportNavigation } from '../features/intake/components/import-access';
import {
  canSeeVictims,
  victimCareNavigation,
  victimCareStatisticsNavigation,
} from '../features/victimcare/components/victim-care-access';

const userWith = (...roles: string[]): SessionUser => ({
  username: 'someone',
  displayName: 'Someone',
  roles: roles.map((id) => ({ id, label: id })),
  teams: [],
});

const sections = (user: SessionUser | null) => [
  ...importNavigation(user),
  ...victimCareNavigation(user),
  ...victimListImportNavigation(user),
  ...victimCareStatisticsNavigation(user),
];

describe('victim care navigation', () => {
  it('offers victims, victim lists, statistics, protect resources and Protect activity to victim care officers', () => {
    expect(canSeeVictims(userWith('VICTIM_CARE_OFFICER'))).toBe(true);
    expect(sections(userWith('VICTIM_CARE_OFFICER'))).toEqual([
      { to: '/victim-care/victims', label: 'Victims' },
      { to: '/victim-care/imports', label: 'Victim lists' },
      { to: '/victim-care/statistics', label: 'Victim care statistics' },
      { to: '/victim-care/resources', label: 'Protect resources' },
      { to: '/victim-care/plan-defaults', label: 'Plan defaults' },
      { to: '/victim-care/protect-activity', label: 'Protect activity' },
    ]);
  });

  it('adds nothing for the roles that may not see victims’ details', () => {
    for (const role of [
      'ECU_OFFICER',
      'ECU_SUPERVISOR',
      'DRUG_REFERRAL_WORKER',
      'O2R_OFFICER',
      'PERFORMANCE_ANALYST',
    ]) {
      expect(canSeeVictims(userWith(role))).toBe(false);
      expect([
        ...victimCareNavigation(userWith(role)),
        ...victimListImportNavigation(userWith(role)),
        ...victimCareStatisticsNavigation(userWith(role)),
      ]).toEqual([]);
    }
    expect(sections(userWith('ECU_SUPERVISOR'))).toEqual([{ to: '/fraud/imports', label: 'Import disseminations' }]);
    expect(sections(null)).toEqual([]);
  });
});
