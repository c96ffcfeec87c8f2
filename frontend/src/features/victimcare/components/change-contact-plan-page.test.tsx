import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { todayIso } from '../../../lib/dates';
import { changeContactPlan, getReferral } from '../api/referrals';
import { ChangeContactPlanPage } from './change-contact-plan-page';
import { plannedReferral, referral } from './victim-care.fixtures';
import type { VictimPageState } from './victim-page';

vi.mock('../api/referrals', () => ({ getReferral: vi.fn(), changeContactPlan: vi.fn() }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({
    user: {
      username: 'victim.care',
      displayName: 'Jo Bennett',
      roles: [{ id: 'VICTIM_CARE_OFFICER', label: 'Victim care officer' }],
      teams: [],
    },
  }),
}));

function VictimPageStandIn() {
  const location = useLocation();
  return (
    <p data-testid="victim-page">
      {location.pathname + location.hash} {(location.state as VictimPageState | null)?.notice}
    </p>
  );
}

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/victim-care/referrals/VCR-000007/contact-plan']}>
      <Routes>
        <Route path="/victim-care/referrals/:reference/contact-plan" element={<ChangeContactPlanPage />} />
        <Route path="/victim-care/victims/:victimId" element={<VictimPageStandIn />} />
      </Routes>
    </MemoryRouter>,
  );
}

const nextYear = String(Number(todayIso().substring(0, 4)) + 1);

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(getReferral).mockResolvedValue(plannedReferral());
});

describe('ChangeContactPlanPage', () => {
  it('starts from the contacts not yet logged, and shows the plan as it is', async () => {
    renderPage();

    expect(await screen.findByRole('heading', { name: 'Change contact plan', level: 1 })).toBeInTheDocument();
    // c3 (overdue) and c4 (planned) are open; c1 is logged and c2 already replaced.
    expect(screen.getAllByTestId(/^contact-row-/)).toHaveLength(2);
    const first = screen.getByRole('group', { name: 'Contact 1' });
    expect(within(first).getByLabelText('Day')).toHaveValue('21');
    expect(within(first).getByLabelText('How')).toHaveValue('PHONE');
    expect(within(screen.getByRole('group', { name: 'Contact 2' })).getByLabelText('How')).toHaveValue('LETTER');
    expect(screen.getByTestId('contact-plan-timeline')).toBeInTheDocument();
  });

  it('asks for a reason and a date today or later, in the summary and at each field', async () => {
    const user = userEvent.setup();
    renderPage();

    await screen.findByRole('heading', { name: 'Change contact plan', level: 1 });
    await user.click(screen.getByRole('button', { name: 'Save contact plan' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The date of contact 1 must be today or later' })).toHaveAttribute(
      'href',
      '#contacts-0-dueOn-day',
    );
    expect(within(summary).getByRole('link', { name: 'Say why the contact plan is changing' })).toHaveAttribute(
      'href',
      '#reason',
    );
    expect(screen.getByLabelText('Why is the plan changing?')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Say why the contact plan is changing'),
    );
    expect(changeContactPlan).not.toHaveBeenCalled();
  });

  it('adds and removes contacts with the keyboard, then saves the plan with the reason and goes back to the victim', async () => {
    vi.mocked(changeContactPlan).mockResolvedValue(plannedReferral());
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('heading', { name: 'Change contact plan', level: 1 });

    // Remove the overdue contact: focus moves to "Add another contact".
    screen.getByRole('button', { name: /Remove\s*contact 1/ }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getAllByTestId(/^contact-row-/)).toHaveLength(1);
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Add another contact' })).toHaveFocus());

    // Add one: focus moves to its day box, so typing carries on there.
    await user.keyboard('{Enter}');
    await vi.waitFor(() =>
      expect(within(screen.getByRole('group', { name: 'Contact 2' })).getByLabelText('Day')).toHaveFocus(),
    );
    await user.keyboard('3');
    await user.tab();
    await user.keyboard('2');
    await user.tab();
    await user.keyboard(nextYear);
    await user.selectOptions(within(screen.getByRole('group', { name: 'Contact 2' })).getByLabelText('How'), 'Visit');
    const first = screen.getByRole('group', { name: 'Contact 1' });
    await user.clear(within(first).getByLabelText('Year'));
    await user.type(within(first).getByLabelText('Year'), nextYear);
    await user.type(screen.getByLabelText('Why is the plan changing?'), 'She is away until next year');
    await user.click(screen.getByRole('button', { name: 'Save contact plan' }));

    expect(changeContactPlan).toHaveBeenCalledWith('VCR-000007', {
      contacts: [
        { dueOn: `${nextYear}-12-01`, channel: 'LETTER' },
        { dueOn: `${nextYear}-02-03`, channel: 'VISIT' },
      ],
      reason: 'She is away until next year',
    });
    expect(await screen.findByTestId('victim-page')).toHaveTextContent(
      '/victim-care/victims/v-1#referral-VCR-000007 Contact plan changed for VCR-000007',
    );
  });

  it('shows the server’s field errors at the contact they name', async () => {
    vi.mocked(getReferral).mockResolvedValue(
      referral({
        stage: 'CONTACT_PLAN_AGREED',
        contactPlan: {
          version: 1,
          changes: [],
          contacts: [{ id: 'c9', dueOn: `${nextYear}-01-10`, channel: 'PHONE', status: 'PLANNED', logged: null }],
        },
      }),
    );
    vi.mocked(changeContactPlan).mockRejectedValue(
      new ApiError(400, 'Some answers need correcting', [
        { field: 'contacts[0].channel', message: 'Choose a channel the victim agreed to' },
      ]),
    );
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('heading', { name: 'Change contact plan', level: 1 });

    await user.type(screen.getByLabelText('Why is the plan changing?'), 'Moved');
    await user.click(screen.getByRole('button', { name: 'Save contact plan' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose a channel the victim agreed to' })).toHaveAttribute(
      'href',
      '#contacts-0-channel',
    );
    expect(screen.getByLabelText('How')).toHaveAccessibleDescription('Error: Choose a channel the victim agreed to');
  });

  it('explains that a closed referral’s plan cannot change', async () => {
    vi.mocked(getReferral).mockResolvedValue({ ...plannedReferral(), stage: 'CLOSED' });
    renderPage();

    expect(await screen.findByText('The referral is closed, so its contact plan cannot change.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save contact plan' })).not.toBeInTheDocument();
  });
});
