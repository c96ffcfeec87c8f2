import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../api/session';
import { canBuildOutcomeReturns, canSeeOutcomeReturns } from './outcome-return-access';

function userWith(...roles: string[]): SessionUser {
  return { username: 'someone', displayName: 'Someone', roles: roles.map((id) => ({ id, label: id })), teams: [] };
}

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
