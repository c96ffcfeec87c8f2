// Which sections the tasks, imports and outcome returns features together offer each fraud role.
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/session';
import { navigationLinks } from '../components/primary-navigation';
import { outcomeReturnNavigation } from '../features/fraud/components/outcome-return-access';
import { importNavigation } from '../features/intake/components/import-access';
import { taskNavigation } from '../features/tasks/components/task-access';

function userWith(...roles: string[]): SessionUser {
  return { username: 'someone', displayName: 'Someone', roles: roles.map((id) => ({ id, label: id })), teams: [] };
}

const linksFor = (user: SessionUser) =>
  navigationLinks(taskNavigation(user), [...importNavigation(user), ...outcomeReturnNavigation(user)]).map(
    (l) => l.label,
  );

describe('primary navigation links', () => {
  it('gives each role only the sections it may use', () => {
    expect(linksFor(userWith('ECU_SUPERVISOR'))).toEqual(['Tasks', 'Import disseminations', 'Outcome returns']);
    expect(linksFor(userWith('ECU_OFFICER'))).toEqual(['Tasks', 'Import disseminations']);
    expect(linksFor(userWith('PERFORMANCE_ANALYST'))).toEqual(['Outcome returns']);
    expect(linksFor(userWith('LOCAL_INVESTIGATOR'))).toEqual([]);
  });
});
