import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../api/session';
import { canReviewRetention, retentionNavigation } from './retention-access';

const userWith = (...roles: string[]): SessionUser => ({
  username: 'someone',
  displayName: 'Someone',
  roles: roles.map((id) => ({ id, label: id })),
  teams: [],
});

describe('retention access', () => {
  it('offers the retention review to administrators only', () => {
    expect(canReviewRetention(userWith('ADMINISTRATOR'))).toBe(true);
    expect(canReviewRetention(userWith('AUDITOR'))).toBe(false);
    expect(canReviewRetention(userWith('ECU_SUPERVISOR'))).toBe(false);
    expect(canReviewRetention(null)).toBe(false);
    expect(retentionNavigation(userWith('ADMINISTRATOR'))).toEqual([
      { to: '/admin/retention', label: 'Retention review' },
    ]);
    expect(retentionNavigation(userWith('AUDITOR'))).toEqual([]);
  });
});
