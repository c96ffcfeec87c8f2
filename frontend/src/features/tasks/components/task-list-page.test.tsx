import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import type { TeamMembership } from '../../../api/session';
import { claimTask, getQueues, listTasks, reassignTasks, type TaskPage, type TaskSummary } from '../../../api/tasks';
import { TaskListPage } from './task-list-page';

vi.mock('../../../api/tasks', () => ({
  listTasks: vi.fn(),
  getQueues: vi.fn(),
  listTaskTypes: () =>
    Promise.resolve([
      { process: 'fraud-triage', processName: 'Fraud triage', taskType: 'Task_Triage', name: 'Triage dissemination' },
    ]),
  claimTask: vi.fn(),
  reassignTasks: vi.fn(),
  listSavedViews: () => Promise.resolve([]),
}));

vi.mock('../../../api/reference', () => ({
  listPolicingAreas: () => Promise.resolve([{ id: 'coventry', name: 'Coventry', teamId: 'lpa-coventry' }]),
  listTeamMembers: () =>
    Promise.resolve([
      { username: 'ecu.officer', displayName: 'DC Priya Shah' },
      { username: 'ecu.officer2', displayName: 'DC Tom Hughes' },
    ]),
}));

const session = vi.hoisted(() => ({ teams: [] as TeamMembership[] }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({
    user: { username: 'ecu.officer', displayName: 'DC Priya Shah', roles: [], teams: session.teams },
  }),
}));

const task = (id: string, change: Partial<TaskSummary> = {}): TaskSummary => ({
  id,
  name: 'Triage dissemination',
  taskType: 'Task_Triage',
  process: 'fraud-triage',
  caseReference: `NFRC${id}`,
  subject: 'Edith Clarke',
  policingArea: 'coventry',
  created: '2025-01-01T09:00:00Z',
  due: '2025-01-08T09:00:00Z',
  sla: 'OVERDUE',
  priority: 80,
  teams: ['ecu-triage'],
  ...change,
});

const pageOf = (tasks: TaskSummary[], total = tasks.length): TaskPage => ({ tasks, total, page: 0, size: 25 });

function Location() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search}</p>;
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="/tasks"
          element={
            <>
              <TaskListPage />
              <Location />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
}

const lastQuery = () => vi.mocked(listTasks).mock.lastCall?.[0].toString();

beforeEach(() => {
  session.teams = [{ teamId: 'ecu-triage', teamName: 'ECU triage team', supervisor: false }];
  vi.mocked(getQueues).mockResolvedValue({
    queues: [
      { id: 'mine', name: 'My tasks', count: 1, supervised: false },
      { id: 'ecu-triage', name: 'ECU triage team', count: 12, supervised: false },
    ],
    changeMark: 7,
  });
});

afterEach(() => {
  vi.clearAllMocks();
});

describe('TaskListPage', () => {
  it('restores the view the URL describes and shows each task with its badge, priority and hidden subject', async () => {
    vi.mocked(listTasks).mockResolvedValue(
      pageOf(
        [
          task('1'),
          task('2', {
            subject: null,
            sla: null,
            due: null,
            priority: 20,
            assignee: 'ecu.officer2',
            assigneeName: 'DC Tom Hughes',
          }),
        ],
        30,
      ),
    );
    renderAt('/tasks?queue=ecu-triage&due=OVERDUE&q=NFRC&sort=PRIORITY&order=DESC&page=2');

    const table = await screen.findByTestId('task-table');
    expect(lastQuery()).toBe('queue=ecu-triage&due=OVERDUE&q=NFRC&sort=PRIORITY&order=DESC&page=1&size=25');
    expect(within(table).getByText('ECU triage team (30 tasks)')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'ECU triage team (12)' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByLabelText('Crime reference or name')).toHaveValue('NFRC');
    expect(screen.getByLabelText('Due')).toHaveValue('OVERDUE');
    expect(screen.getByLabelText('Sort by')).toHaveValue('PRIORITY-DESC');

    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(within(first).getByText('Overdue')).toHaveClass('govuk-tag--red');
    expect(within(first).getByRole('link', { name: /^NFRC1\s*\(view the case\)$/ })).toHaveAttribute(
      'href',
      '/cases/NFRC1',
    );
    expect(first).toHaveTextContent('High');
    expect(await within(first).findByText('Coventry')).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: /^Claim\s*Triage dissemination for NFRC1$/ })).toBeInTheDocument();
    expect(within(second).getByText('Not shown')).toHaveClass('govuk-visually-hidden');
    expect(second).toHaveTextContent('Low');
    expect(second).toHaveTextContent('DC Tom Hughes');
    expect(within(second).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByTestId('showing-range')).toHaveTextContent('Showing 26 to 30 of 30 tasks');
    expect(screen.getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'href',
      '/tasks?queue=ecu-triage&due=OVERDUE&q=NFRC&sort=PRIORITY&order=DESC',
    );
  });

  it('puts applied filters in the URL from the first page and asks the API for them', async () => {
    vi.mocked(listTasks).mockResolvedValue(pageOf([task('1')]));
    const user = userEvent.setup();
    renderAt('/tasks?queue=ecu-triage&page=3');
    await screen.findByTestId('task-table');

    await user.type(screen.getByLabelText('Crime reference or name'), 'NFRC240101001');
    await user.selectOptions(screen.getByLabelText('Assigned to'), 'Unassigned');
    await user.selectOptions(
      screen.getByLabelText('Policing area'),
      await screen.findByRole('option', { name: 'Coventry' }),
    );
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/tasks?queue=ecu-triage&area=coventry&assignee=none&q=NFRC240101001',
      ),
    );
    await waitFor(() =>
      expect(lastQuery()).toBe(
        'queue=ecu-triage&area=coventry&q=NFRC240101001&assignee=none&sort=DUE&order=ASC&page=0&size=25',
      ),
    );

    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/tasks\?queue=ecu-triage$/));
  });

  it('shows each filter in force as a tag that takes it off, and sorts by a column from its header', async () => {
    vi.mocked(listTasks).mockResolvedValue(pageOf([task('1')]));
    const user = userEvent.setup();
    renderAt('/tasks?queue=ecu-triage&area=coventry&assignee=none');
    await screen.findByTestId('task-table');

    const selected = await screen.findByTestId('selected-filters');
    expect(
      within(selected)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      'Clear filters',
      'Remove this filter: Policing area, Coventry',
      'Remove this filter: Assigned to, Unassigned',
    ]);
    await user.click(within(selected).getByRole('link', { name: /Policing area,\s*Coventry/ }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(/^\/tasks\?queue=ecu-triage&assignee=none$/),
    );

    const due = screen.getByRole('columnheader', { name: /^Due/ });
    expect(due).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(due).getByRole('link'));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/tasks?queue=ecu-triage&assignee=none&sort=DUE&order=DESC',
      ),
    );
    expect(screen.getByRole('columnheader', { name: /^Due/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('says who got there first when a claim loses the race, and shows the list as it now is', async () => {
    vi.mocked(listTasks).mockResolvedValueOnce(pageOf([task('1')]));
    vi.mocked(listTasks).mockResolvedValue(
      pageOf([task('1', { assignee: 'ecu.officer2', assigneeName: 'DC Tom Hughes' })]),
    );
    vi.mocked(claimTask).mockRejectedValue(new ApiError(409, 'This task is already claimed by DC Tom Hughes'));
    const user = userEvent.setup();
    renderAt('/tasks?queue=ecu-triage');

    await user.click(await screen.findByRole('button', { name: /^Claim/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This task is already claimed by DC Tom Hughes');
    const row = within(screen.getByTestId('task-table')).getAllByRole('row')[1];
    await waitFor(() => expect(row).toHaveTextContent('DC Tom Hughes'));
    expect(within(row).queryByRole('button', { name: /^Claim/ })).not.toBeInTheDocument();
  });

  it('tells the officer a claim succeeded', async () => {
    vi.mocked(listTasks).mockResolvedValue(pageOf([task('1')]));
    vi.mocked(claimTask).mockResolvedValue(undefined);
    const user = userEvent.setup();
    renderAt('/tasks?queue=ecu-triage');

    await user.click(await screen.findByRole('button', { name: /^Claim/ }));

    const banner = await screen.findByRole('status', { name: 'Success' });
    expect(banner).toHaveTextContent('You claimed “Triage dissemination” for NFRC1');
    expect(banner).toHaveFocus();
    expect(claimTask).toHaveBeenCalledWith('1');
  });

  describe('for a supervisor of the queue', () => {
    beforeEach(() => {
      session.teams = [{ teamId: 'ecu-triage', teamName: 'ECU triage team', supervisor: true }];
      vi.mocked(getQueues).mockResolvedValue({
        queues: [
          { id: 'mine', name: 'My tasks', count: 0, supervised: false },
          { id: 'ecu-triage', name: 'ECU triage team', count: 3, supervised: true },
        ],
        changeMark: 7,
      });
      vi.mocked(listTasks).mockResolvedValue(pageOf([task('1'), task('2'), task('3')]));
    });

    it('reassigns the ticked tasks to a team member and lists any refused with the reason', async () => {
      vi.mocked(reassignTasks).mockResolvedValue({
        reassigned: ['1', '3'],
        refused: [
          { taskId: '2', reason: 'NOT_FOUND', message: 'There is no such task among the queues you supervise' },
        ],
      });
      const user = userEvent.setup();
      renderAt('/tasks?queue=ecu-triage');

      await user.click(await screen.findByRole('checkbox', { name: 'Select all tasks on this page' }));
      await user.click(screen.getByRole('checkbox', { name: 'Select Triage dissemination for NFRC2' }));
      await user.click(screen.getByRole('checkbox', { name: 'Select Triage dissemination for NFRC2' }));
      await user.selectOptions(
        screen.getByLabelText('Reassign to'),
        await screen.findByRole('option', { name: 'DC Tom Hughes' }),
      );
      await user.click(screen.getByRole('button', { name: /^Reassign selected/ }));

      expect(reassignTasks).toHaveBeenCalledWith(['1', '2', '3'], 'ecu.officer2');
      expect(await screen.findByRole('status', { name: 'Success' })).toHaveTextContent(
        '2 tasks reassigned to DC Tom Hughes',
      );
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Triage dissemination for NFRC2 was not reassigned: There is no such task among the queues you supervise',
      );
      await waitFor(() =>
        expect(screen.getByRole('checkbox', { name: 'Select all tasks on this page' })).not.toBeChecked(),
      );
    });

    it('asks for tasks and a team member before sending anything', async () => {
      const user = userEvent.setup();
      renderAt('/tasks?queue=ecu-triage');

      await user.click(await screen.findByRole('button', { name: /^Reassign selected/ }));

      const summary = await screen.findByRole('alert');
      expect(within(summary).getByRole('link', { name: 'Select at least one task to reassign' })).toHaveAttribute(
        'href',
        '#select-all-tasks',
      );
      expect(within(summary).getByRole('link', { name: 'Choose who to give the tasks to' })).toHaveAttribute(
        'href',
        '#reassign-to',
      );
      expect(screen.getByLabelText('Reassign to')).toHaveAccessibleDescription(
        expect.stringContaining('Choose who to give the tasks to'),
      );
      expect(reassignTasks).not.toHaveBeenCalled();
    });

    it('links to the ready to allocate view', async () => {
      renderAt('/tasks?queue=ecu-triage');
      expect(await screen.findByRole('link', { name: 'Ready to allocate' })).toHaveAttribute(
        'href',
        '/tasks/ready-to-allocate',
      );
    });
  });

  it('offers officers no checkboxes, no reassignment and no ready to allocate view', async () => {
    vi.mocked(listTasks).mockResolvedValue(pageOf([task('1')]));
    renderAt('/tasks?queue=ecu-triage');

    await screen.findByTestId('task-table');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Reassign/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ready to allocate' })).not.toBeInTheDocument();
  });

  it('shows my tasks for a queue the user does not work', async () => {
    vi.mocked(listTasks).mockResolvedValue(pageOf([]));
    renderAt('/tasks?queue=ecvcu');

    expect(await screen.findByText('My tasks (0 tasks)')).toBeInTheDocument();
    expect(lastQuery()).toMatch(/^queue=mine&/);
  });
});
