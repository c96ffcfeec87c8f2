import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/session';
import { primaryNavigation } from './navigation';

const userWith = (...roles: string[]): SessionUser => ({
  username: 'someone',
  displayName: 'Someone',
  roles: roles.map((id) => ({ id, label: id })),
  teams: [],
});

const labels = (role: string) => primaryNavigation(userWith(role)).map((link) => link.label);

describe('primary navigation by role', () => {
  it('gives O2R officers tasks, participants, referral and evaluation', () => {
    expect(primaryNavigation(userWith('O2R_OFFICER'))).toEqual([
      { to: '/tasks', label: 'Tasks' },
      { to: '/recovery/participants', label: 'Participants' },
      { to: '/recovery/referrals/new', label: 'Refer someone' },
      { to: '/recovery/evaluation', label: 'Evaluation' },
    ]);
  });

  it('gives drug referral workers their tasks and participants only', () => {
    expect(labels('DRUG_REFERRAL_WORKER')).toEqual(['Tasks', 'Participants']);
  });

  it('adds Evaluation for performance analysts, and Incidents and Programme areas for administrators', () => {
    expect(labels('PERFORMANCE_ANALYST')).toEqual(['Outcome returns', 'Service levels', 'Board report', 'Evaluation']);
    expect(labels('ADMINISTRATOR')).toEqual(['Retention review', 'Incidents', 'Programme areas', 'Audit trail']);
  });

  it('gives auditors the audit trail alone', () => {
    expect(primaryNavigation(userWith('AUDITOR'))).toEqual([{ to: '/audit', label: 'Audit trail' }]);
  });

  it('leaves the other roles as they were, with no Offender to Recovery section', () => {
    expect(labels('ECU_OFFICER')).toEqual(['Tasks', 'Import disseminations']);
    expect(labels('ECU_SUPERVISOR')).toEqual([
      'Tasks',
      'Import disseminations',
      'Outcome returns',
      'Service levels',
      'Board report',
    ]);
    expect(labels('LOCAL_INVESTIGATOR')).toEqual([]);
    expect(labels('VICTIM_CARE_OFFICER')).toEqual([
      'Tasks',
      'Victims',
      'Victim lists',
      'Victim care statistics',
      'Protect resources',
      'Plan defaults',
      'Protect activity',
    ]);
    expect(primaryNavigation(null)).toEqual([]);
  });
});
