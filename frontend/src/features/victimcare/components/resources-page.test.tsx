import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import type { SessionUser } from '../../../api/session';
import { changeLowStockThreshold, listResources, recordDelivery, type ResourceStock } from '../api/resources';
import { ResourcesPage } from './resources-page';

vi.mock('../api/resources', () => ({
  listResources: vi.fn(),
  recordDelivery: vi.fn(),
  listDeliveries: vi.fn(),
  changeLowStockThreshold: vi.fn(),
}));
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('../../../lib/session-context', () => ({ useSession: () => session }));

const officer = (...teamIds: string[]): SessionUser => ({
  username: 'victim.care',
  displayName: 'Jo Bennett',
  roles: [{ id: 'VICTIM_CARE_OFFICER', label: 'Victim care officer' }],
  teams: teamIds.map((teamId) => ({ teamId, teamName: teamId, supervisor: teamId === 'ecvcu-supervisors' })),
});

const callBlockers = (inStock: number, lowStockThreshold = 5): ResourceStock => ({
  resource: 'CALL_BLOCKER',
  name: 'Call blocker',
  inStock,
  fundedBy: 'POCA',
  lowStockThreshold,
  lowStock: inStock <= lowStockThreshold,
});

const renderPage = () =>
  render(
    <MemoryRouter>
      <ResourcesPage />
    </MemoryRouter>,
  );

beforeEach(() => {
  vi.resetAllMocks();
  session.user = officer('ecvcu');
});

describe('protect resources page', () => {
  it('warns when call blockers are at or below their low-stock threshold', async () => {
    vi.mocked(listResources).mockResolvedValue([callBlockers(5)]);
    renderPage();

    expect(await screen.findByTestId('low-stock-warning')).toHaveTextContent(
      'Call blocker stock is low: 5 left (order more at 5 or fewer)',
    );
    const row = within(screen.getByTestId('resource-stock')).getByRole('row', { name: /Call blocker/ });
    expect(row).toHaveTextContent('Low stock');
  });

  it('gives no warning while stock is above the threshold', async () => {
    vi.mocked(listResources).mockResolvedValue([callBlockers(6)]);
    renderPage();

    expect(await screen.findByTestId('resource-stock')).toHaveTextContent('6');
    expect(screen.queryByTestId('low-stock-warning')).not.toBeInTheDocument();
  });

  it('records a delivery, then shows the new stock without the warning', async () => {
    vi.mocked(listResources)
      .mockResolvedValueOnce([callBlockers(2)])
      .mockResolvedValue([callBlockers(14)]);
    vi.mocked(recordDelivery).mockResolvedValue(callBlockers(14));
    renderPage();

    await userEvent.type(await screen.findByLabelText('How many call blockers were delivered?'), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Record delivery' }));

    expect(recordDelivery).toHaveBeenCalledWith('CALL_BLOCKER', { quantity: '12' });
    expect(await screen.findByText('Delivery recorded: 14 call blockers now in stock')).toBeInTheDocument();
    expect(screen.queryByTestId('low-stock-warning')).not.toBeInTheDocument();
  });

  it('says what is wrong with a quantity that is not a positive whole number, and sends nothing', async () => {
    vi.mocked(listResources).mockResolvedValue([callBlockers(8)]);
    renderPage();

    await userEvent.type(await screen.findByLabelText('How many call blockers were delivered?'), '2.5');
    await userEvent.click(screen.getByRole('button', { name: 'Record delivery' }));

    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(
      'How many were delivered must be a whole number, like 10',
    );
    expect(recordDelivery).not.toHaveBeenCalled();
  });

  it('shows the server’s field error when it refuses the delivery', async () => {
    vi.mocked(listResources).mockResolvedValue([callBlockers(8)]);
    vi.mocked(recordDelivery).mockRejectedValue(
      new ApiError(400, 'Check the delivery', [
        { field: 'quantity', message: 'How many were delivered must be 1 or more' },
      ]),
    );
    renderPage();

    await userEvent.type(await screen.findByLabelText('How many call blockers were delivered?'), '7');
    await userEvent.click(screen.getByRole('button', { name: 'Record delivery' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('How many were delivered must be 1 or more');
  });

  it('offers an officer who is not a supervisor no way to change the low-stock level', async () => {
    vi.mocked(listResources).mockResolvedValue([callBlockers(8)]);
    renderPage();

    await screen.findByTestId('resource-stock');
    expect(screen.queryByText('Change the low-stock level')).not.toBeInTheDocument();
  });

  it('lets a supervisor change the low-stock level, and the warning follows it', async () => {
    session.user = officer('ecvcu', 'ecvcu-supervisors');
    vi.mocked(listResources)
      .mockResolvedValueOnce([callBlockers(8)])
      .mockResolvedValue([callBlockers(8, 10)]);
    vi.mocked(changeLowStockThreshold).mockResolvedValue(callBlockers(8, 10));
    renderPage();

    await userEvent.click(await screen.findByText('Change the low-stock level'));
    const level = screen.getByLabelText('Warn when call blockers are at or below');
    await userEvent.clear(level);
    await userEvent.type(level, '10');
    await userEvent.click(screen.getByRole('button', { name: 'Save the low-stock level' }));

    expect(changeLowStockThreshold).toHaveBeenCalledWith('CALL_BLOCKER', '10');
    expect(
      await screen.findByText('Low-stock level changed: call blockers are low at 10 or fewer'),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('low-stock-warning')).toHaveTextContent('8 left (order more at 10 or fewer)');
  });

  it('refuses a low-stock level below 0 before sending it', async () => {
    session.user = officer('ecvcu-supervisors');
    vi.mocked(listResources).mockResolvedValue([callBlockers(8)]);
    renderPage();

    await userEvent.click(await screen.findByText('Change the low-stock level'));
    const level = screen.getByLabelText('Warn when call blockers are at or below');
    await userEvent.clear(level);
    await userEvent.type(level, '-1');
    await userEvent.click(screen.getByRole('button', { name: 'Save the low-stock level' }));

    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(
      'The low-stock level must be between 0 and 999999',
    );
    expect(changeLowStockThreshold).not.toHaveBeenCalled();
  });
});
