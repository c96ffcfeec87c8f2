import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { getIncidents, retryIncident, type Incident } from '../api/incidents';
import { IncidentsPage } from './incidents-page';

vi.mock('../api/incidents', () => ({ getIncidents: vi.fn(), retryIncident: vi.fn() }));

const session = vi.hoisted(() => ({ roles: [{ id: 'ADMINISTRATOR', label: 'Administrator' }] }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({ user: { username: 'admin', displayName: 'Admin', roles: session.roles, teams: [] } }),
}));

const unsent: Incident = {
  id: 'incident-1',
  process: 'Monthly outcome return',
  processInstanceId: 'pi-1',
  businessKey: 'outcome-return-2026-10',
  activityId: 'Task_SubmitReturn',
  activity: 'Submit the return',
  message: 'The return for 2026-10 could not be written to the outbox /srv/outbox: permission denied',
  occurredAt: '2026-11-02T10:15:00Z',
  retriesLeft: 0,
};

function renderPage() {
  return render(
    <MemoryRouter>
      <IncidentsPage />
    </MemoryRouter>,
  );
}

beforeEach(() => {
  session.roles = [{ id: 'ADMINISTRATOR', label: 'Administrator' }];
});

afterEach(() => {
  vi.resetAllMocks();
});

describe('IncidentsPage', () => {
  it('shows each failed step with its case or return, the reason in words, when and the tries left', async () => {
    vi.mocked(getIncidents).mockResolvedValue([unsent]);
    renderPage();

    const row = within(await screen.findByTestId('incidents')).getByRole('row', { name: /outcome-return-2026-10/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('outcome-return-2026-10Monthly outcome return');
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 4)).toEqual([
      'Submit the return',
      'The return for 2026-10 could not be written to the outbox /srv/outbox: permission denied',
      expect.stringMatching(/^2 Nov 2026/),
      '0',
    ]);
  });

  it('retries a step, says so and shows the list again', async () => {
    vi.mocked(getIncidents).mockResolvedValueOnce([unsent]).mockResolvedValueOnce([]);
    vi.mocked(retryIncident).mockResolvedValue({ ...unsent, retriesLeft: 1 });
    renderPage();
    const table = await screen.findByTestId('incidents');

    await userEvent.click(
      within(table).getByRole('button', { name: 'Retry Submit the return for outcome-return-2026-10' }),
    );

    expect(retryIncident).toHaveBeenCalledWith('incident-1');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Submit the return for outcome-return-2026-10 will be tried again in a moment',
    );
    expect(await screen.findByTestId('no-incidents')).toBeInTheDocument();
    expect(getIncidents).toHaveBeenCalledTimes(2);
  });

  it('says why a retry could not be made', async () => {
    vi.mocked(getIncidents).mockResolvedValue([unsent]);
    vi.mocked(retryIncident).mockRejectedValue(
      new ApiError(404, 'There is no open incident incident-1; it may have been resolved already'),
    );
    renderPage();

    await userEvent.click(within(await screen.findByTestId('incidents')).getByRole('button', { name: /^Retry/ }));

    await waitFor(() =>
      expect(screen.getByTestId('retry-problem')).toHaveTextContent(
        'There is no open incident incident-1; it may have been resolved already',
      ),
    );
  });

  it('tells anyone but an administrator that the page is not for them, without asking the API', () => {
    session.roles = [{ id: 'ECU_SUPERVISOR', label: 'ECU supervisor' }];
    renderPage();

    expect(screen.getByRole('heading', { name: 'You cannot see incidents' })).toBeInTheDocument();
    expect(getIncidents).not.toHaveBeenCalled();
  });
});
