import { describe, expect, it } from 'vitest';
import { navigationLinks } from '../../../components/primary-navigation';
import type { SessionUser } from '../../auth/api/session';
import { importNavigation } from '../../intake/components/import-access';
import { taskNavigation } from '../../tasks/components/task-access';
import { canBuildOutcomeReturns, canSeeOutcomeReturns, outcomeReturnNavigation } from './outcome-return-access';

function userWith(...roles: string[]): SessionUser {
  return { username: 'someone', displayName: 'Someone', roles: roles.map((id) => ({ id, label: id })), teams: [] };
}

const linksFor = (user: SessionUser) =>
  navigationLinks(taskNavigation(user), [...importNavigation(user), ...outcomeReturnNavigation(user)]).map((l) => l.label);

describe('outcome return access', () => {
  it('shows the returns to ECU supervisors and performance analysts only', () => {
    expect(canSeeOutcomeReturns(userWith('ECU_SUPERVISOR'))).toBe(true);
    expect(canSeeOutcomeReturns(userWith('PERFORMANCE_ANALYST'))).toBe(true);
    expect(canSeeOutcomeReturns(userWith('ECU_OFFICER', 'LOCAL_INVESTIGATOR'))).toBe(false);
    expect(canSeeOutcomeReturns(null)).toBe(false);
  });

  it('lets only ECU supervisors build a return', () => {
    expect(canBuildOutcomeReturns(userWith('ECU_SUPERVISOR'))).toBe(true);
    expect(canBuildOutcomeReturns(userWith('PERFORMANCE_ANALYST'))).toBe(false);
  });
});

describe('primary navigation links', () => {
  it('gives each role only the sections it may use', () => {
    expect(linksFor(userWith('ECU_SUPERVISOR'))).toEqual(['Tasks', 'Import disseminations', 'Outcome returns']);
    expect(linksFor(userWith('ECU_OFFICER'))).toEqual(['Tasks', 'Import disseminations']);
    expect(linksFor(userWith('PERFORMANCE_ANALYST'))).toEqual(['Outcome returns']);
    expect(linksFor(userWith('LOCAL_INVESTIGATOR'))).toEqual([]);
  });
});
