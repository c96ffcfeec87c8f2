import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSlaDashboard, type SlaDashboard } from '../api/sla';
import { SlaPage } from './sla-page';

vi.mock('../api/sla', async (original) => ({
  ...(await original<typeof import('../api/sla')>()),
  getSlaDashboard: vi.fn(),
}));

const session = vi.hoisted(() => ({ roles: [{ id: 'ECU_SUPERVISOR', label: 'ECU supervisor' }] }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({ user: { username: 'someone', displayName: 'Someone', roles: session.roles, teams: [] } }),
}));

const dashboard: SlaDashboard = {
  from: '2026-01-05',
  to: '2026-03-29',
  awaitingReview: [
    {
      clockId: 7,
      slaId: 'nfib90-recategorised',
      slaName: 'NFIB90 recategorisation',
      team: 'ecu-triage',
      teamName: 'ECU triage team',
      processKey: 'fraud-triage',
      caseReference: 'NFRC240101003',
      dueAt: '2026-03-04T23:59:59Z',
      breachedAt: '2026-03-04T23:59:59Z',
      result: 'BREACHED',
      reviewTaskId: 'task-1',
    },
  ],
  atRisk: [],
  atRiskByTeamAndSla: [],
  compliance: [
    {
      slaId: 'triage-completed',
      slaName: 'Triage completed',
      team: 'ecu-triage',
      teamName: 'ECU triage team',
      met: 3,
      metLate: 1,
      breached: 0,
      open: 2,
    },
  ],
  weeklyBreaches: [
    { weekStarting: '2026-03-02', breaches: 1 },
    { weekStarting: '2026-03-09', breaches: 0 },
  ],
  victimsCode: [
    {
      slaId: 'victim-told-officer',
      slaName: 'Victim told who is investigating',
      victimsCodeVersion: 'VC2020',
      month: '2026-03',
      met: 3,
      decided: 4,
      percentMet: 75,
    },
  ],
};

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/sla" element={<SlaPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  session.roles = [{ id: 'ECU_SUPERVISOR', label: 'ECU supervisor' }];
  vi.mocked(getSlaDashboard).mockResolvedValue(dashboard);
});

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('SlaPage', () => {
  it('lists breaches awaiting review linking to the case and the review task', async () => {
    renderAt('/sla');
    const table = await screen.findByTestId('breaches-awaiting-review');
    expect(within(table).getByRole('link', { name: 'NFRC240101003' })).toHaveAttribute('href', '/cases/NFRC240101003');
    expect(within(table).getByRole('link', { name: /^Review/ })).toHaveAttribute('href', '/tasks/task-1');
    expect(screen.getByTestId('no-work-at-risk')).toBeInTheDocument();
  });

  it('draws the weekly trend as a chart with a table of the same figures', async () => {
    renderAt('/sla');
    await screen.findByRole('table', { name: 'Breaches per week' });
    expect(screen.getByText('1 breaches over 2 weeks.')).toBeInTheDocument();
    const rows = within(screen.getByTestId('breach-trend-table')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['Week startingBreaches', '2 Mar1', '9 Mar0']);
  });

  it('shows compliance with the share met in time, and the Victims’ Code by month', async () => {
    renderAt('/sla');
    const compliance = await screen.findByTestId('compliance');
    expect(within(compliance).getByText('75%')).toBeInTheDocument();
    const victims = screen.getByTestId('victims-code');
    expect(within(victims).getByText('March 2026')).toBeInTheDocument();
    expect(within(victims).getByText('75%')).toBeInTheDocument();
  });

  it('asks again for a chosen period and refuses one that ends before it starts', async () => {
    const user = userEvent.setup();
    renderAt('/sla');
    await screen.findByTestId('compliance');

    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), '2026-04-01');
    await user.click(screen.getByRole('button', { name: 'Show this period' }));
    expect(await screen.findByText('There is a problem')).toBeInTheDocument();
    expect(getSlaDashboard).toHaveBeenCalledTimes(1);

    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), '2026-02-01');
    await user.click(screen.getByRole('button', { name: 'Show this period' }));
    expect(getSlaDashboard).toHaveBeenLastCalledWith({ from: '2026-02-01', to: '2026-03-29' });
  });

  it('tells anyone else they cannot see service levels', () => {
    session.roles = [{ id: 'ECU_OFFICER', label: 'ECU officer' }];
    renderAt('/sla');
    expect(screen.getByRole('heading', { name: 'You cannot see service levels' })).toBeInTheDocument();
    expect(getSlaDashboard).not.toHaveBeenCalled();
  });
});
