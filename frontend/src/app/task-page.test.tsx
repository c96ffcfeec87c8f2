// The task page with the fraud triage form in its registry, as the app wires them: TaskPage itself knows no feature's forms.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api-client';
import { TriageForm } from '../features/fraud/components/triage-form';
import {
  completeTask,
  discardTaskDraft,
  getTask,
  getTaskDraft,
  saveTaskDraft,
  unclaimTask,
  type TaskDetail,
} from '../api/tasks';
import { TaskPage } from '../features/tasks/components/task-page';

vi.mock('../api/tasks', () => ({
  listTaskComments: vi.fn(() => Promise.resolve([])),
  addTaskComment: vi.fn(),
  setFollowUp: vi.fn(),
  getTask: vi.fn(),
  completeTask: vi.fn(),
  claimTask: vi.fn(),
  unclaimTask: vi.fn(),
  getTaskDraft: vi.fn(),
  saveTaskDraft: vi.fn(),
  discardTaskDraft: vi.fn(),
}));

vi.mock('../lib/session-context', () => ({
  useSession: () => ({ user: { username: 'ecu.officer', displayName: 'DC Priya Shah', roles: [], teams: [] } }),
}));

vi.mock('../api/reference', () => ({
  listEcuInvestigators: () => Promise.resolve([{ username: 'ecu.officer2', displayName: 'DC Tom Hughes' }]),
  listPolicingAreas: () => Promise.resolve([]),
  listOutcomeCodes: () => Promise.resolve([]),
  listFilingOutcomeCodes: () => Promise.resolve([]),
  listInvestigationOutcomeCodes: () => Promise.resolve([]),
}));

const triage = (assignee?: string): TaskDetail => ({
  task: {
    id: 't1',
    name: 'Triage dissemination',
    taskType: 'Task_Triage',
    process: 'fraud-triage',
    caseReference: 'NFRC240101001',
    created: '2025-01-01T09:00:00Z',
    due: '2025-01-08T09:00:00Z',
    priority: 50,
    assignee,
    assigneeName: assignee ? 'DC Priya Shah' : undefined,
    teams: ['ecu-triage'],
  },
  guidance: 'Record reasonable lines of enquiry, priority and the decision.',
  returnComment: null,
});

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/tasks/t1']}>
      <Routes>
        <Route path="/tasks/:taskId" element={<TaskPage forms={{ Task_Triage: { component: TriageForm } }} />} />
        <Route path="/tasks" element={<p>Task list</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('TaskPage', () => {
  beforeEach(() => {
    vi.mocked(getTask).mockReset();
    vi.mocked(completeTask).mockReset();
    vi.mocked(getTaskDraft).mockReset().mockResolvedValue(undefined);
    vi.mocked(saveTaskDraft).mockReset().mockResolvedValue({ answers: {}, savedAt: '2026-12-03T14:05:00Z' });
    vi.mocked(discardTaskDraft).mockReset().mockResolvedValue(undefined);
    vi.mocked(unclaimTask).mockReset().mockResolvedValue(undefined);
  });

  it('shows the case it belongs to and offers a claim, not the form, while unclaimed', async () => {
    vi.mocked(getTask).mockResolvedValue(triage());
    renderPage();

    expect(await screen.findByRole('heading', { name: 'Triage dissemination' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /NFRC240101001/ })).toHaveAttribute('href', '/cases/NFRC240101001');
    expect(screen.getByText('Record reasonable lines of enquiry, priority and the decision.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Claim task' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save triage decision' })).not.toBeInTheDocument();
  });

  it('shows the server’s field errors in a summary linking to each field, and inline', async () => {
    vi.mocked(getTask).mockResolvedValue(triage('ecu.officer'));
    vi.mocked(completeTask).mockRejectedValue(
      new ApiError(400, 'Some answers need correcting', [
        { field: 'officer', message: 'Choose an officer of the ECU investigations team' },
      ]),
    );
    const user = userEvent.setup();
    renderPage();

    await user.type(await screen.findByLabelText('Reasonable lines of enquiry'), 'Trace the account');
    await user.click(screen.getByLabelText('High'));
    await user.click(screen.getByLabelText('Allocate to an ECU officer'));
    await user.selectOptions(
      screen.getByLabelText('Officer (optional)'),
      await screen.findByRole('option', { name: 'DC Tom Hughes' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save triage decision' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Choose an officer of the ECU investigations team' });
    expect(link).toHaveAttribute('href', '#officer');
    expect(screen.getByLabelText('Officer (optional)')).toHaveAccessibleDescription(
      expect.stringContaining('Choose an officer of the ECU investigations team'),
    );
  });

  it('shows the problems found before asking the server without calling it', async () => {
    vi.mocked(getTask).mockResolvedValue(triage('ecu.officer'));
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Save triage decision' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose a priority' })).toHaveAttribute('href', '#priority');
    expect(within(summary).getByRole('link', { name: 'Choose a decision' })).toHaveAttribute('href', '#decision');
    expect(completeTask).not.toHaveBeenCalled();
  });

  it('says in words when someone else holds the task', async () => {
    vi.mocked(getTask).mockResolvedValue(triage('ecu.officer'));
    vi.mocked(completeTask).mockRejectedValue(new ApiError(409, 'This task is already claimed by DC Tom Hughes'));
    const user = userEvent.setup();
    renderPage();

    await user.type(await screen.findByLabelText('Reasonable lines of enquiry'), 'Trace the account');
    await user.click(screen.getByLabelText('High'));
    await user.click(screen.getByLabelText('Allocate to an ECU officer'));
    await user.selectOptions(
      screen.getByLabelText('Officer (optional)'),
      await screen.findByRole('option', { name: 'DC Tom Hughes' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save triage decision' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This task is already claimed by DC Tom Hughes');
  });

  it('says in words that a task cannot be seen', async () => {
    vi.mocked(getTask).mockRejectedValue(new ApiError(404, 'There is no such task in your queues'));
    renderPage();

    expect(await screen.findByRole('heading', { name: 'Task not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no such task in your queues')).toBeInTheDocument();
  });

  it('goes back to the task list when the task is completed', async () => {
    vi.mocked(getTask).mockResolvedValue(triage('ecu.officer'));
    vi.mocked(completeTask).mockResolvedValue(undefined);
    const user = userEvent.setup();
    renderPage();

    await user.type(await screen.findByLabelText('Reasonable lines of enquiry'), 'Trace the account');
    await user.click(screen.getByLabelText('High'));
    await user.click(screen.getByLabelText('Allocate to an ECU officer'));
    await user.selectOptions(
      screen.getByLabelText('Officer (optional)'),
      await screen.findByRole('option', { name: 'DC Tom Hughes' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save triage decision' }));

    expect(await screen.findByText('Task list')).toBeInTheDocument();
    expect(completeTask).toHaveBeenCalledWith('t1', {
      linesOfEnquiry: ['Trace the account'],
      priority: 'HIGH',
      decision: 'ALLOCATE_ECU',
      officer: 'ecu.officer2',
    });
  });

  it('keeps what is typed as a draft on the server a second after the last change, without completing', async () => {
    vi.mocked(getTask).mockResolvedValue(triage('ecu.officer'));
    const user = userEvent.setup();
    renderPage();

    await user.type(await screen.findByLabelText('Reasonable lines of enquiry'), 'Trace the account');
    await user.click(screen.getByLabelText('High'));

    await waitFor(
      () =>
        expect(saveTaskDraft).toHaveBeenLastCalledWith(
          't1',
          expect.objectContaining({ linesOfEnquiry: 'Trace the account', priority: 'HIGH' }),
          false,
        ),
      { timeout: 3000 },
    );
    expect(saveTaskDraft).toHaveBeenCalledTimes(1);
    expect(completeTask).not.toHaveBeenCalled();
  });

  it('restores the draft with when it was saved, and can discard it', async () => {
    vi.mocked(getTask).mockResolvedValue(triage('ecu.officer'));
    vi.mocked(getTaskDraft).mockResolvedValue({
      answers: { linesOfEnquiry: 'Call the bank', priority: 'LOW' },
      savedAt: '2026-12-03T14:05:00Z',
    });
    const user = userEvent.setup();
    renderPage();

    expect(await screen.findByTestId('draft-restored')).toHaveTextContent('Draft restored, saved at 14:05');
    expect(screen.getByLabelText('Reasonable lines of enquiry')).toHaveValue('Call the bank');
    expect(screen.getByLabelText('Low')).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Discard draft' }));

    await waitFor(() => expect(screen.getByLabelText('Reasonable lines of enquiry')).toHaveValue(''));
    expect(discardTaskDraft).toHaveBeenCalledWith('t1');
    expect(screen.queryByTestId('draft-restored')).not.toBeInTheDocument();
  });

  it('asks before unclaiming a task with a draft, and unclaims only when told to', async () => {
    vi.mocked(getTask).mockResolvedValue(triage('ecu.officer'));
    vi.mocked(getTaskDraft).mockResolvedValue({ answers: { linesOfEnquiry: 'x' }, savedAt: '2026-12-03T14:05:00Z' });
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Return to the team queue' }));
    expect(screen.getByTestId('unclaim-confirmation')).toHaveTextContent(
      'You have unsaved answers on this task. Unclaim and discard them?',
    );
    expect(unclaimTask).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Keep working on this task' }));
    expect(unclaimTask).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Return to the team queue' }));
    await user.click(screen.getByRole('button', { name: 'Unclaim and discard answers' }));
    await waitFor(() => expect(unclaimTask).toHaveBeenCalledWith('t1'));
  });

  it('unclaims a task with no draft straight away', async () => {
    vi.mocked(getTask).mockResolvedValue(triage('ecu.officer'));
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Return to the team queue' }));

    await waitFor(() => expect(unclaimTask).toHaveBeenCalledWith('t1'));
    expect(screen.queryByTestId('unclaim-confirmation')).not.toBeInTheDocument();
  });
});
