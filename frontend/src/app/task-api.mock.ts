import { vi } from 'vitest';

/**
 * The task API as the task page tests stand it in: comments and drafts answer empty, the rest are spies each test
 * sets. Used as `vi.mock('../api/tasks', () => import('./task-api.mock').then((m) => m.taskApi()))`.
 */
export const taskApi = () => ({
  listTaskComments: vi.fn(() => Promise.resolve([])),
  addTaskComment: vi.fn(),
  setFollowUp: vi.fn(),
  getTaskDraft: () => Promise.resolve(undefined),
  saveTaskDraft: () => Promise.resolve(),
  discardTaskDraft: () => Promise.resolve(),
  getTask: vi.fn(),
  completeTask: vi.fn(),
  claimTask: vi.fn(),
  unclaimTask: vi.fn(),
});
