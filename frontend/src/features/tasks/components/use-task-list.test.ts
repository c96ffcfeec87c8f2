import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { getQueues, type TaskPage, type TaskSummary } from '../../../api/tasks';
import { useTaskList } from './use-task-list';

vi.mock('../../../api/tasks', () => ({ getQueues: vi.fn() }));

const page = (...ids: string[]): TaskPage => ({
  tasks: ids.map((id) => ({ id }) as TaskSummary),
  total: ids.length,
  page: 0,
  size: 25,
});
const queues = (changeMark: number) => ({
  queues: [{ id: 'mine', name: 'My tasks', count: 1, supervised: false }],
  changeMark,
});

describe('useTaskList', () => {
  let mark: number;

  beforeEach(() => {
    mark = 1;
    vi.mocked(getQueues).mockImplementation(() => Promise.resolve(queues(mark)));
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('fetches the list again only when the change mark moves, and announces new work', async () => {
    const load = vi.fn().mockResolvedValue(page('a'));
    const { result } = renderHook(() => useTaskList(load, 20));
    await waitFor(() => expect(result.current.list).toEqual(page('a')));
    await waitFor(() => expect(vi.mocked(getQueues).mock.calls.length).toBeGreaterThanOrEqual(3));
    expect(load).toHaveBeenCalledTimes(1);

    load.mockResolvedValue(page('a', 'b'));
    mark = 2;

    await waitFor(() => expect(result.current.list).toEqual(page('a', 'b')));
    expect(result.current.announcement).toBe('List updated');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('fetches again without announcing when work only goes away', async () => {
    const load = vi.fn().mockResolvedValue(page('a', 'b'));
    const { result } = renderHook(() => useTaskList(load, 20));
    await waitFor(() => expect(result.current.queues?.changeMark).toBe(1));

    load.mockResolvedValue(page('b'));
    mark = 2;

    await waitFor(() => expect(result.current.list).toEqual(page('b')));
    expect(result.current.announcement).toBe('');
  });

  it('fetches counts and list at once after the user’s own change, without announcing', async () => {
    const load = vi.fn().mockResolvedValue(page('a'));
    const { result } = renderHook(() => useTaskList(load, 60_000));
    await waitFor(() => expect(result.current.list).toEqual(page('a')));

    load.mockResolvedValue(page('a', 'c'));
    mark = 5;
    await result.current.refresh();

    await waitFor(() => expect(result.current.list).toEqual(page('a', 'c')));
    expect(result.current.queues?.changeMark).toBe(5);
    expect(result.current.announcement).toBe('');
  });

  it('keeps the API’s words when the list cannot be loaded', async () => {
    const load = vi.fn().mockRejectedValue(new ApiError(403, 'You may not see task lists'));
    const { result } = renderHook(() => useTaskList(load, 60_000));

    await waitFor(() => expect(result.current.error).toBe('You may not see task lists'));
  });
});
