import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { todayIso } from '../../../lib/dates';
import { endSupport, logContactAttempt, reopenReferral } from '../api/referrals';
import { getVictim } from '../api/victims';
import { plannedReferral, referral, victim } from './victim-care.fixtures';
import { VictimPage } from './victim-page';

vi.mock('../api/victims', () => ({ searchVictims: vi.fn(), getVictim: vi.fn(), VICTIMS_PAGE_SIZE: 25 }));
vi.mock('../api/referrals', () => ({
  getReferral: vi.fn(),
  logContactAttempt: vi.fn(),
  changeContactPlan: vi.fn(),
  endSupport: vi.fn(),
  reopenReferral: vi.fn(),
}));
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

function renderVictim() {
  return render(
    <MemoryRouter initialEntries={['/victim-care/victims/v-1']}>
      <Routes>
        <Route path="/victim-care/victims/:victimId" element={<VictimPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

const closedReferral = () =>
  referral({
    stage: 'CLOSED',
    currentTasks: [],
    closure: { outcome: 'WITHDRAWN', closedAt: '2026-11-20T10:00:00Z', closedBy: 'Jo Bennett', notes: 'Too upset' },
    timeline: [
      {
        kind: 'CLOSED',
        closureOutcome: 'WITHDRAWN',
        reason: 'Too upset',
        occurredOn: '2026-11-19',
        recordedBy: 'Jo Bennett',
        recordedAt: '2026-11-20T10:00:00Z',
      },
    ],
  });

beforeEach(() => {
  vi.resetAllMocks();
});

describe('A referral’s own actions', () => {
  it('records that the victim withdrew, with the date and reason revealed under the choice', async () => {
    vi.mocked(getVictim).mockResolvedValue(victim());
    vi.mocked(endSupport).mockResolvedValue(closedReferral());
    const user = userEvent.setup();
    renderVictim();

    const form = await screen.findByTestId('end-support-form-VCR-000042');
    expect(within(form).queryByLabelText('The reason the victim gave')).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Close referral' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Choose whether the victim withdrew from support or opted out of contact',
    );
    expect(endSupport).not.toHaveBeenCalled();

    await user.click(within(form).getByLabelText('Victim withdrew from support'));
    const [year, month, day] = todayIso().split('-');
    await user.type(within(form).getByLabelText('Day'), day);
    await user.type(within(form).getByLabelText('Month'), month);
    await user.type(within(form).getByLabelText('Year'), year);
    await user.click(within(form).getByRole('button', { name: 'Close referral' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Give the reason the victim gave');

    await user.type(within(form).getByLabelText('The reason the victim gave'), 'Too upset');
    await user.click(within(form).getByRole('button', { name: 'Close referral' }));

    expect(await screen.findByText('VCR-000042 closed: victim withdrew from support')).toBeInTheDocument();
    expect(endSupport).toHaveBeenCalledWith('VCR-000042', {
      outcome: 'WITHDRAWN',
      on: todayIso(),
      reason: 'Too upset',
    });
    expect(screen.getByTestId('referral-timeline')).toHaveTextContent(
      'Closed, victim withdrew from support — Too upset',
    );
    expect(screen.getByTestId('reopen-form-VCR-000042')).toBeInTheDocument();
  });

  it('reopens a closed referral with a reason, and shows a refusal when the person has another open referral', async () => {
    vi.mocked(getVictim).mockResolvedValue(victim({ referrals: [closedReferral()] }));
    vi.mocked(reopenReferral).mockRejectedValueOnce(
      new ApiError(
        409,
        'The victim already has an open referral, VCR-000050: a person has one open referral at a time',
      ),
    );
    const user = userEvent.setup();
    renderVictim();

    const form = await screen.findByTestId('reopen-form-VCR-000042');
    await user.type(within(form).getByLabelText('Why is the referral being reopened?'), 'Rang back');
    await user.click(within(form).getByRole('button', { name: 'Reopen referral' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('already has an open referral, VCR-000050');
    expect(reopenReferral).toHaveBeenCalledWith('VCR-000042', 'Rang back');
  });

  it('logs a failed attempt at the planned contact the referral waits at, naming the contact', async () => {
    const planned = plannedReferral();
    planned.currentTasks = [{ ...planned.currentTasks[0], plannedContactId: 'c3' }];
    vi.mocked(getVictim).mockResolvedValue(victim({ referrals: [planned] }));
    vi.mocked(logContactAttempt).mockResolvedValue(planned);
    const user = userEvent.setup();
    renderVictim();

    const form = await screen.findByTestId('contact-attempt-form-VCR-000007-c3');
    expect(form).toHaveTextContent('Log a failed attempt at the contact planned for 21 Nov 2026');
    await user.click(within(form).getByLabelText('No answer'));
    await user.click(within(form).getByRole('button', { name: 'Log failed attempt' }));

    expect(logContactAttempt).toHaveBeenCalledWith('VCR-000007', {
      attemptedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      outcome: 'NO_ANSWER',
      notes: '',
      plannedContactId: 'c3',
    });
  });
});
