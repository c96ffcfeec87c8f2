import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import type { TeamMembership } from '../../../api/session';
import { listTeamMembers } from '../../../api/reference';
import { assignTask, getQueues, listReadyToAllocate, type TaskSummary } from '../../../api/tasks';
import { allocatingTeam, ReadyToAllocatePage } from './ready-to-allocate-page';

vi.mock('../../../api/tasks', () => ({
  listReadyToAllocate: vi.fn(),
  getQueues: vi.fn(),
  assignTask: vi.fn(),
}));

vi.mock('../../../api/reference', () => ({
  listNfibFraudTypes: () =>
    Promise.resolve([{ code: 'NFIB3A', name: 'Online shopping and auctions', fraudGroup: '', confidence: '' }]),
  listTeamMembers: vi.fn(),
}));

const supervisorTeams: TeamMembership[] = [
  { teamId: 'ecu-triage', teamName: 'ECU triage team', supervisor: true },
  { teamId: 'ecu-investigations', teamName: 'ECU investigations', supervisor: true },
];
const session = vi.hoisted(() => ({ teams: [] as TeamMembership[] }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({
    user: { username: 'ecu.supervisor', displayName: 'DS Claire Morgan', roles: [], teams: session.teams },
  }),
}));

const plan = (id: string, change: Partial<TaskSummary> = {}): TaskSummary => ({
  id,
  name: 'Write investigation plan',
  taskType: 'Task_InvestigationPlan',
  process: 'fraud-triage',
  caseReference: `NFRC${id}`,
  subject: 'Chien-Shiung Wu',
  fraudType: 'NFIB3A',
  lossGbp: 900,
  created: '2025-01-01T09:00:00Z',
  due: '2025-01-20T09:00:00Z',
  sla: 'ON_TRACK',
  priority: 80,
  teams: ['ecu-investigations'],
  ...change,
});

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/tasks/ready-to-allocate']}>
      <Routes>
        <Route path="/tasks/ready-to-allocate" element={<ReadyToAllocatePage />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  session.teams = supervisorTeams;
  vi.mocked(getQueues).mockResolvedValue({ queues: [], changeMark: 1 });
  vi.mocked(listTeamMembers).mockResolvedValue([
    { username: 'ecu.officer', displayName: 'DC Priya Shah' },
    { username: 'ecu.officer2', displayName: 'DC Tom Hughes' },
  ]);
  vi.mocked(listReadyToAllocate).mockResolvedValue({
    tasks: [plan('1'), plan('2', { lossGbp: null, subject: null })],
    total: 2,
    page: 0,
    size: 25,
  });
});

afterEach(() => {
  vi.clearAllMocks();
});

describe('ReadyToAllocatePage', () => {
  it('lists each case waiting for an officer with its fraud type, loss, priority and due date', async () => {
    renderPage();

    const table = await screen.findByTestId('ready-to-allocate-table');
    expect(within(table).getByText('Ready to allocate (2 tasks)')).toBeInTheDocument();
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent('NFRC1');
    expect(first).toHaveTextContent('Chien-Shiung Wu');
    expect(await within(first).findByText('Online shopping and auctions')).toBeInTheDocument();
    expect(first).toHaveTextContent('£900.00');
    expect(first).toHaveTextContent('High');
    expect(within(first).getByText('On track')).toHaveClass('govuk-tag--green');
    expect(within(second).getAllByText('Not shown')[0]).toHaveClass('govuk-visually-hidden');
    expect(listTeamMembers).toHaveBeenCalledWith('ecu-investigations');
  });

  it('assigns a case to the officer chosen on its row', async () => {
    vi.mocked(assignTask).mockResolvedValue({ reassigned: ['1'], refused: [] });
    const user = userEvent.setup();
    renderPage();

    const select = await screen.findByLabelText('Officer for Write investigation plan, NFRC1');
    await user.selectOptions(select, await within(select).findByRole('option', { name: 'DC Tom Hughes' }));
    await user.click(screen.getByRole('button', { name: /^Assign\s*Write investigation plan for NFRC1$/ }));

    expect(assignTask).toHaveBeenCalledWith('1', 'ecu.officer2');
    expect(await screen.findByRole('status', { name: 'Success' })).toHaveTextContent(
      'Write investigation plan for NFRC1 assigned to DC Tom Hughes',
    );
    await waitFor(() => expect(listReadyToAllocate).toHaveBeenCalledTimes(2));
  });

  it('asks for an officer before assigning, linking to the row’s choice', async () => {
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: /^Assign\s*Write investigation plan for NFRC2$/ }));

    const link = within(await screen.findByRole('alert')).getByRole('link', {
      name: 'Choose an officer for Write investigation plan for NFRC2',
    });
    expect(link).toHaveAttribute('href', '#assign-2');
    expect(assignTask).not.toHaveBeenCalled();
  });

  it('shows the API’s words when the officer is not in the task’s team', async () => {
    vi.mocked(assignTask).mockRejectedValue(
      new ApiError(400, 'The person chosen is not in this task’s team', [
        { field: 'assignee', message: 'The person chosen is not in this task’s team' },
      ]),
    );
    const user = userEvent.setup();
    renderPage();

    const select = await screen.findByLabelText('Officer for Write investigation plan, NFRC1');
    await user.selectOptions(select, await within(select).findByRole('option', { name: 'DC Tom Hughes' }));
    await user.click(screen.getByRole('button', { name: /^Assign\s*Write investigation plan for NFRC1$/ }));

    expect(
      within(await screen.findByRole('alert')).getByRole('link', {
        name: 'The person chosen is not in this task’s team',
      }),
    ).toHaveAttribute('href', '#assign-1');
    expect(select).toHaveAccessibleDescription(expect.stringContaining('The person chosen is not in this task’s team'));
  });

  it('tells someone who supervises no team that allocation is for supervisors', async () => {
    session.teams = [{ teamId: 'ecu-triage', teamName: 'ECU triage team', supervisor: false }];
    renderPage();

    expect(await screen.findByText(/Only supervisors allocate triaged cases/)).toBeInTheDocument();
  });
});

describe('allocatingTeam', () => {
  it('is the first of the task’s teams the user supervises', () => {
    expect(allocatingTeam(plan('1', { teams: ['lpa-coventry', 'ecu-investigations'] }), supervisorTeams)).toBe(
      'ecu-investigations',
    );
    expect(allocatingTeam(plan('1', { teams: ['lpa-coventry'] }), supervisorTeams)).toBeUndefined();
  });
});
