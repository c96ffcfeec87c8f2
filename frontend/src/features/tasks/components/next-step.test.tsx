// Handing on the next step: after a completion the task page offers the user's next task on the case, and
// otherwise the queue says, in a success banner that takes focus, what happens next.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import type { TaskFormProps } from '../../../lib/task-form';
import { SuccessBanner } from '../../../components/notification-banner';
import { claimTask, completeTask, getTask, getTaskDraft, type TaskDetail } from '../../../api/tasks';
import { TaskPage, type TaskListNotice } from './task-page';
import { continueLabel } from './next-step-panel';

vi.mock('../../../api/tasks', () => ({
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

vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({ user: { username: 'victim.care', displayName: 'Jo Bennett', roles: [], teams: [] } }),
}));

const task = (id: string, name: string, taskType: string, assignee?: string): TaskDetail => ({
  task: {
    id,
    name,
    taskType,
    process: 'victim-care',
    caseReference: 'VCR-2026-000123',
    created: '2026-12-01T09:00:00Z',
    priority: 50,
    assignee,
    assigneeName: assignee ? 'Jo Bennett' : undefined,
    teams: ['ecvcu'],
  },
});

function SaveForm({ onSubmit, busy }: TaskFormProps) {
  return (
    <button type="button" className="govuk-button" disabled={busy} onClick={() => onSubmit({}, [])}>
      Save
    </button>
  );
}

/** The queue as the task page leaves it: the notice it was handed. */
function Queue() {
  const state = useLocation().state as TaskListNotice | null;
  return (
    <>
      <p>Task list</p>
      <SuccessBanner message={state?.notice ?? null} detail={state?.nextStep} alert focusOnShow />
    </>
  );
}

function renderPage() {
  const forms = { Task_ContactPlan: { component: SaveForm }, Task_PlannedContact: { component: SaveForm } };
  return render(
    <MemoryRouter initialEntries={['/tasks/plan']}>
      <Routes>
        <Route path="/tasks/:taskId" element={<TaskPage forms={forms} />} />
        <Route path="/tasks" element={<Queue />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('handing on the next step', () => {
  beforeEach(() => {
    vi.mocked(getTask)
      .mockReset()
      .mockImplementation((id) =>
        Promise.resolve(
          id === 'plan'
            ? task('plan', 'Agree contact plan', 'Task_ContactPlan', 'victim.care')
            : task('contact', 'Contact victim', 'Task_PlannedContact', 'victim.care'),
        ),
      );
    vi.mocked(completeTask).mockReset();
    vi.mocked(claimTask).mockReset().mockResolvedValue(undefined);
    vi.mocked(getTaskDraft).mockReset().mockResolvedValue(undefined);
  });

  it('offers the next task in a confirmation panel, then claims and opens it', async () => {
    vi.mocked(completeTask).mockResolvedValue({
      caseReference: 'VCR-2026-000123',
      tasks: [{ id: 'contact', name: 'Contact victim', taskType: 'Task_PlannedContact', yours: true, claimed: false }],
    });
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Save' }));

    const title = await screen.findByRole('heading', { level: 1, name: 'Task complete' });
    expect(title).toHaveFocus();
    expect(screen.getByText('You completed “Agree contact plan” for VCR-2026-000123')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your tasks' })).toHaveAttribute('href', '/tasks');

    await user.click(screen.getByRole('button', { name: 'Continue to contact victim' }));

    expect(claimTask).toHaveBeenCalledWith('contact');
    expect(await screen.findByRole('heading', { level: 1, name: 'Contact victim' })).toBeInTheDocument();
    expect(getTask).toHaveBeenLastCalledWith('contact');
  });

  it('opens an offered task that is already the user’s without claiming it again', async () => {
    vi.mocked(completeTask).mockResolvedValue({
      tasks: [{ id: 'contact', name: 'Contact victim', taskType: 'Task_PlannedContact', yours: true, claimed: true }],
    });
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Continue to contact victim' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Contact victim' })).toBeInTheDocument();
    expect(claimTask).not.toHaveBeenCalled();
  });

  it('says so when someone else claimed the offered task first, keeping the way back to the queue', async () => {
    vi.mocked(completeTask).mockResolvedValue({
      tasks: [{ id: 'contact', name: 'Contact victim', taskType: 'Task_PlannedContact', yours: true, claimed: false }],
    });
    vi.mocked(claimTask).mockRejectedValue(new ApiError(409, 'This task is already claimed by Sam Okafor'));
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Continue to contact victim' }));

    expect(
      await screen.findByText('This task is already claimed by Sam Okafor', { selector: 'a, li, p' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your tasks' })).toBeInTheDocument();
  });

  it('returns to the queue with a focused success banner naming what happens next when nothing is the user’s', async () => {
    vi.mocked(completeTask).mockResolvedValue({
      tasks: [
        { id: 'accept', name: 'Accept allocation', taskType: 'Task_AcceptAllocation', yours: false, claimed: false },
      ],
      whatHappensNext: 'Next: Accept allocation (Coventry investigation team).',
    });
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Save' }));

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveClass('govuk-notification-banner--success');
    expect(banner).toHaveFocus();
    expect(banner).toHaveTextContent('You completed “Agree contact plan” for VCR-2026-000123');
    expect(banner).toHaveTextContent('Next: Accept allocation (Coventry investigation team).');
  });

  it('names the offered task in the button, keeping an abbreviation’s capitals', () => {
    expect(continueLabel('Contact victim')).toBe('Continue to contact victim');
    expect(continueLabel('NFIB questionnaire')).toBe('Continue to NFIB questionnaire');
  });
});
