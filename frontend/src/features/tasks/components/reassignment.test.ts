import { describe, expect, it } from 'vitest';
import type { TaskSummary } from '../../../api/tasks';
import { reassignOutcome, reassignProblems } from './reassignment';

const task = (id: string, caseReference: string) =>
  ({ id, name: 'Write investigation plan', caseReference }) as TaskSummary;

describe('reassignProblems', () => {
  it('asks for a task and a person when either is missing', () => {
    expect(reassignProblems([], '')).toEqual([
      { field: 'taskIds', message: 'Select at least one task to reassign' },
      { field: 'assignee', message: 'Choose who to give the tasks to' },
    ]);
    expect(reassignProblems(['t1'], 'ecu.officer2')).toEqual([]);
  });
});

describe('reassignOutcome', () => {
  it('counts the tasks reassigned and names each one refused with the reason', () => {
    const outcome = reassignOutcome(
      {
        reassigned: ['t1', 't2', 't3'],
        refused: [{ taskId: 't4', reason: 'NOT_IN_TEAM', message: 'The person chosen is not in this task’s team' }],
      },
      'DC Tom Hughes',
      [task('t1', 'NFRC1'), task('t4', 'NFRC4')],
    );
    expect(outcome.notice).toBe('3 tasks reassigned to DC Tom Hughes');
    expect(outcome.refused).toEqual([
      {
        message: 'Write investigation plan for NFRC4 was not reassigned: The person chosen is not in this task’s team',
      },
    ]);
  });

  it('has no success to tell when every task was refused', () => {
    const outcome = reassignOutcome(
      {
        reassigned: [],
        refused: [
          { taskId: 'gone', reason: 'NOT_FOUND', message: 'There is no such task among the queues you supervise' },
        ],
      },
      'DC Tom Hughes',
      [],
    );
    expect(outcome.notice).toBeNull();
    expect(outcome.refused[0].message).toBe(
      'A task was not reassigned: There is no such task among the queues you supervise',
    );
  });

  it('says task for one', () => {
    expect(reassignOutcome({ reassigned: ['t1'], refused: [] }, 'DC Priya Shah', []).notice).toBe(
      '1 task reassigned to DC Priya Shah',
    );
  });
});
