// The victim care forms on the task page, wired as the app wires them (features do not import one another).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api-client';
import { todayIso } from '../lib/dates';
import { completeTask, getTask } from '../api/tasks';
import { TaskPage } from '../features/tasks/components/task-page';
import { getReferral } from '../features/victimcare/api/referrals';
import { listResources } from '../features/victimcare/api/resources';
import { referral, victimCareTask } from '../features/victimcare/components/victim-care.fixtures';
import { victimCareTaskForms } from '../features/victimcare/components/victim-care-task-forms';

vi.mock('../features/victimcare/api/referrals', () => ({ getReferral: vi.fn() }));
vi.mock('../features/victimcare/api/resources', () => ({ listResources: vi.fn() }));
vi.mock('../api/tasks', () => import('./task-api.mock').then((m) => m.taskApi()));
vi.mock('../lib/session-context', () => ({
  useSession: () => ({
    user: {
      username: 'victim.care',
      displayName: 'Jo Bennett',
      roles: [{ id: 'VICTIM_CARE_OFFICER', label: 'Victim care officer' }],
      teams: [],
    },
  }),
}));

const today = todayIso();
const [year, month, day] = today.split('-');

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(getReferral).mockResolvedValue(referral());
  vi.mocked(listResources).mockResolvedValue([
    { resource: 'PROTECT_BOOKLET', name: 'Protect booklet', inStock: 40, fundedBy: null },
    { resource: 'CALL_BLOCKER', name: 'Call blocker', inStock: 4, fundedBy: 'POCA' },
  ]);
});

describe('victim care tasks on the task page', () => {
  function renderTaskPage() {
    return render(
      <MemoryRouter initialEntries={['/tasks/task-1']}>
        <Routes>
          <Route path="/tasks/:taskId" element={<TaskPage forms={victimCareTaskForms} />} />
          <Route path="/tasks" element={<p>Task list</p>} />
        </Routes>
      </MemoryRouter>,
    );
  }

  it('links the referral to its victim, not to a fraud case page', async () => {
    vi.mocked(getTask).mockResolvedValue(victimCareTask('Task_CloseReferral', 'Close referral'));
    renderTaskPage();

    const header = await screen.findByTestId('task-header');
    expect(within(header).getByRole('link', { name: /VCR-000042/ })).toHaveAttribute(
      'href',
      '/victim-care/referrals/VCR-000042',
    );
  });

  it('shows the server’s refusal of a call blocker in the summary and at the resources question', async () => {
    vi.mocked(getTask).mockResolvedValue(victimCareTask('Task_PlannedContact', 'Contact victim'));
    vi.mocked(completeTask).mockRejectedValue(
      new ApiError(400, 'Some answers need correcting', [
        { field: 'resources', message: 'No call blockers are left in stock' },
      ]),
    );
    const user = userEvent.setup();
    renderTaskPage();

    await user.click(await screen.findByLabelText('Spoke to the victim'));
    await user.click(await screen.findByLabelText('Call blocker'));
    await user.click(screen.getByRole('button', { name: 'Log contact' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'No call blockers are left in stock' })).toHaveAttribute(
      'href',
      '#resources',
    );
    expect(screen.getByRole('group', { name: 'Which protect resources did you issue?' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: No call blockers are left in stock'),
    );
  });

  it('shows a contact plan field error from the server at the row it names', async () => {
    vi.mocked(getTask).mockResolvedValue(victimCareTask('Task_ContactPlan', 'Agree contact plan'));
    vi.mocked(completeTask).mockRejectedValue(
      new ApiError(400, 'Some answers need correcting', [
        { field: 'contacts[0].dueOn', message: 'The date must be today or later' },
      ]),
    );
    const user = userEvent.setup();
    renderTaskPage();

    const row = await screen.findByRole('group', { name: 'Contact 1' });
    await user.type(within(row).getByLabelText('Day'), day);
    await user.type(within(row).getByLabelText('Month'), month);
    await user.type(within(row).getByLabelText('Year'), year);
    await user.selectOptions(within(row).getByLabelText('How'), 'Letter');
    await user.click(screen.getByRole('button', { name: 'Save contact plan' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The date must be today or later' })).toHaveAttribute(
      'href',
      '#contacts-0-dueOn-day',
    );
    expect(within(row).getByRole('group', { name: 'Date' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: The date must be today or later'),
    );
  });

  it('shows the enhanced rights problems found before asking the server, linked to the questions', async () => {
    vi.mocked(getTask).mockResolvedValue(
      victimCareTask('Task_FirstContact', 'First contact and vulnerability assessment'),
    );
    vi.mocked(getReferral).mockResolvedValue(referral({ repeatVictim: true }));
    const user = userEvent.setup();
    renderTaskPage();

    await user.click(await screen.findByLabelText('Phone'));
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Explain why the victim qualifies for enhanced rights' }),
    ).toHaveAttribute('href', '#explanation');
    expect(within(summary).getByRole('link', { name: 'Choose whether the victim wants support' })).toHaveAttribute(
      'href',
      '#wantsSupport',
    );
    expect(screen.getByLabelText('Explain why')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Explain why the victim qualifies for enhanced rights'),
    );
    expect(completeTask).not.toHaveBeenCalled();
  });
});
