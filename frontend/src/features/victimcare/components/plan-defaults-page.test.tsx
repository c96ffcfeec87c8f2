import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../../../api/session';
import { ApiError } from '../../../lib/api-client';
import { changePlanDefault, listPlanDefaults } from '../api/plan-defaults';
import type { PlanDefaults } from '../api/referrals';
import { PlanDefaultsPage } from './plan-defaults-page';

vi.mock('../api/plan-defaults', () => ({ listPlanDefaults: vi.fn(), changePlanDefault: vi.fn() }));
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('../../../lib/session-context', () => ({ useSession: () => session }));

const officer = (teams: SessionUser['teams']): SessionUser => ({
  username: 'victim.care',
  displayName: 'Jo Bennett',
  roles: [{ id: 'VICTIM_CARE_OFFICER', label: 'Victim care officer' }],
  teams,
});
const ECVCU = { teamId: 'ecvcu', teamName: 'Economic Crime Victim Care Unit', supervisor: false };
const SUPERVISORS = { teamId: 'ecvcu-supervisors', teamName: 'ECVCU supervisors', supervisor: true };

const lowSupport = (contactEveryDays: number, contacts: number): PlanDefaults => ({
  supportLevel: 'STANDARD',
  supportName: 'Low support',
  contactEveryDays,
  suggestedContacts: Array.from({ length: contacts }, (_, i) => `2030-01-${String(i + 10).padStart(2, '0')}`),
  advice: ['SCAM_TRENDS'],
  resources: ['PROTECT_BOOKLET'],
  why: `Low support: contact every ${contactEveryDays / 7} weeks, Protect booklet offered; advice on current scams`,
});

const renderPage = () =>
  render(
    <MemoryRouter>
      <PlanDefaultsPage />
    </MemoryRouter>,
  );

beforeEach(() => {
  vi.resetAllMocks();
  session.user = officer([SUPERVISORS]);
});

describe('plan defaults page', () => {
  it('shows each level’s defaults to an officer, read-only', async () => {
    session.user = officer([ECVCU]);
    vi.mocked(listPlanDefaults).mockResolvedValue([lowSupport(28, 2)]);
    renderPage();

    const card = await screen.findByTestId('plan-default-STANDARD');
    expect(within(card).getByRole('heading', { name: 'Low support' })).toBeInTheDocument();
    expect(card).toHaveTextContent('ContactEvery 4 weeks');
    expect(card).toHaveTextContent('Number of contacts2');
    expect(card).toHaveTextContent('Advice to coverCurrent fraud and scam trends');
    expect(within(card).queryByRole('button', { name: /Change/ })).not.toBeInTheDocument();
    expect(screen.getByText('Only a victim care supervisor can change the defaults.')).toBeInTheDocument();
  });

  it('lets a supervisor change a level’s defaults, then says what it now offers', async () => {
    vi.mocked(listPlanDefaults)
      .mockResolvedValueOnce([lowSupport(28, 2)])
      .mockResolvedValue([lowSupport(21, 3)]);
    vi.mocked(changePlanDefault).mockResolvedValue(lowSupport(21, 3));
    renderPage();

    const change = await screen.findByRole('button', { name: /^Change/ });
    expect(change).toHaveTextContent('Change the low support defaults');
    await userEvent.click(change);
    await userEvent.clear(screen.getByLabelText('Days between contacts'));
    await userEvent.type(screen.getByLabelText('Days between contacts'), '21');
    await userEvent.clear(screen.getByLabelText('Number of contacts'));
    await userEvent.type(screen.getByLabelText('Number of contacts'), '3');
    await userEvent.click(screen.getByLabelText('Call blocker'));
    await userEvent.click(screen.getByRole('button', { name: 'Save the defaults' }));

    expect(changePlanDefault).toHaveBeenCalledWith('STANDARD', {
      name: 'Low support',
      contactEveryDays: '21',
      contacts: '3',
      advice: ['SCAM_TRENDS'],
      resources: ['PROTECT_BOOKLET', 'CALL_BLOCKER'],
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Low support defaults changed: Low support: contact');
    expect(await screen.findByTestId('plan-default-STANDARD')).toHaveTextContent('Number of contacts3');
  });

  it('says what is wrong before sending, each message linking to its field', async () => {
    vi.mocked(listPlanDefaults).mockResolvedValue([lowSupport(28, 2)]);
    renderPage();

    await userEvent.click(await screen.findByRole('button', { name: /^Change/ }));
    await userEvent.clear(screen.getByLabelText('Days between contacts'));
    await userEvent.type(screen.getByLabelText('Days between contacts'), '400');
    await userEvent.clear(screen.getByLabelText('Name of the support level'));
    await userEvent.click(screen.getByRole('button', { name: 'Save the defaults' }));

    const summary = within(screen.getByRole('alert'));
    expect(summary.getByRole('link', { name: 'Enter the support level’s name' })).toHaveAttribute('href', '#name');
    expect(
      summary.getByRole('link', { name: 'The number of days between contacts must be between 1 and 365' }),
    ).toHaveAttribute('href', '#contactEveryDays');
    expect(changePlanDefault).not.toHaveBeenCalled();
  });

  it('shows the server’s field errors when it refuses the change', async () => {
    vi.mocked(listPlanDefaults).mockResolvedValue([lowSupport(28, 2)]);
    vi.mocked(changePlanDefault).mockRejectedValue(
      new ApiError(400, 'The default plan could not be changed', [
        { field: 'advice', message: 'Choose each advice area from the list' },
      ]),
    );
    renderPage();

    await userEvent.click(await screen.findByRole('button', { name: /^Change/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save the defaults' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Choose each advice area from the list');
  });
});
