import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { getReferral, logContactAttempt } from '../api/referrals';
import { getVictim, searchVictims } from '../api/victims';
import { ReferralPage } from './referral-page';
import { plannedReferral, referral, victim } from './victim-care.fixtures';
import { VictimPage } from './victim-page';
import { VictimsPage } from './victims-page';

vi.mock('../api/victims', () => ({ searchVictims: vi.fn(), getVictim: vi.fn(), VICTIMS_PAGE_SIZE: 25 }));
vi.mock('../api/referrals', () => ({ getReferral: vi.fn(), logContactAttempt: vi.fn(), changeContactPlan: vi.fn() }));

const session = vi.hoisted(() => ({ roles: [{ id: 'VICTIM_CARE_OFFICER', label: 'Victim care officer' }] }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({ user: { username: 'victim.care', displayName: 'Jo Bennett', roles: session.roles, teams: [] } }),
}));

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search + location.hash}</p>;
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/victim-care/victims" element={<VictimsPage />} />
        <Route path="/victim-care/victims/:victimId" element={<VictimPage />} />
        <Route path="/victim-care/referrals/:reference" element={<ReferralPage />} />
      </Routes>
      <Where />
    </MemoryRouter>,
  );
}

beforeEach(() => {
  vi.resetAllMocks();
  session.roles = [{ id: 'VICTIM_CARE_OFFICER', label: 'Victim care officer' }];
});

describe('VictimsPage', () => {
  it('lists victims with date of birth, the repeat victim tag and the latest referral’s stage', async () => {
    vi.mocked(searchVictims).mockResolvedValue({
      victims: [
        {
          id: 'v-1',
          name: 'Margaret Okafor',
          dateOfBirth: '1950-02-28',
          repeatVictim: true,
          latestReferral: { reference: 'VCR-000042', stage: 'CONTACT_PLAN_AGREED', referredAt: '2026-11-16T09:00:00Z' },
        },
        { id: 'v-2', name: 'Alan Price', dateOfBirth: null, repeatVictim: false, latestReferral: null },
      ],
      total: 2,
    });
    renderAt('/victim-care/victims');

    const table = await screen.findByTestId('victims-table');
    const margaret = within(table).getByRole('row', { name: /Margaret Okafor/ });
    expect(within(margaret).getByRole('link', { name: 'Margaret Okafor' })).toHaveAttribute(
      'href',
      '/victim-care/victims/v-1',
    );
    expect(within(margaret).getByTestId('repeat-victim-tag')).toHaveTextContent('Repeat victim');
    expect(margaret).toHaveTextContent('28 Feb 1950');
    expect(margaret).toHaveTextContent('VCR-000042, referred 16 Nov 2026');
    expect(margaret).toHaveTextContent('Contact plan agreed');
    const alan = within(table).getByRole('row', { name: /Alan Price/ });
    expect(within(alan).queryByTestId('repeat-victim-tag')).not.toBeInTheDocument();
    expect(alan).toHaveTextContent('Not referred');
    expect(screen.getByTestId('victims-count')).toHaveTextContent('Showing 1 to 2 of 2 victims');
    expect(searchVictims).toHaveBeenCalledWith('', 0);
  });

  it('searches with the keyboard, keeping the search in the address', async () => {
    vi.mocked(searchVictims).mockResolvedValue({ victims: [], total: 0 });
    const user = userEvent.setup();
    renderAt('/victim-care/victims');

    await user.click(screen.getByLabelText('Search victims'));
    await user.keyboard('Okafor{Enter}');

    expect(await screen.findByText('No victims matching “Okafor”')).toBeInTheDocument();
    expect(searchVictims).toHaveBeenLastCalledWith('Okafor', 0);
    expect(screen.getByTestId('where')).toHaveTextContent('/victim-care/victims?q=Okafor');
  });

  it('tells other roles they cannot see victims, without asking the API', () => {
    session.roles = [{ id: 'ECU_OFFICER', label: 'ECU officer' }];
    renderAt('/victim-care/victims');

    expect(screen.getByRole('heading', { name: 'You cannot see victims’ details' })).toBeInTheDocument();
    expect(searchVictims).not.toHaveBeenCalled();
  });
});

describe('VictimPage', () => {
  it('shows the victim, flagged as a repeat victim, their crimes with screening in words, and each referral', async () => {
    vi.mocked(getVictim).mockResolvedValue(victim({ referrals: [plannedReferral()] }));
    renderAt('/victim-care/victims/v-1');

    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Margaret Okafor');
    expect(within(heading).getByTestId('repeat-victim-tag')).toHaveTextContent('Repeat victim');
    expect(screen.getByTestId('victim-details')).toHaveTextContent('28 Feb 1950 (aged 76)');

    const crimes = screen.getByTestId('victim-crimes');
    expect(within(crimes).getByRole('row', { name: /NFRC26110001/ })).toHaveTextContent(
      'Referred: Victim of romance fraud, Repeat victim',
    );
    expect(within(crimes).getByRole('row', { name: /NFRC26010009/ })).toHaveTextContent(
      'Screened out: none of the referral reasons applied',
    );

    const section = screen.getByRole('region', { name: /Referral VCR-000007/ });
    expect(within(section).getByTestId('referral-stage')).toHaveTextContent('Contact plan agreed');
    expect(within(section).getByTestId('support-level')).toHaveTextContent('Enhanced');
    expect(within(section).getByTestId('enhanced-rights')).toHaveTextContent('Yes: Intimidated');
    expect(within(section).getByText('The suspect still messages her daily')).toBeInTheDocument();
    expect(within(section).getByTestId('contact-attempts')).toHaveTextContent('No answer');
    expect(within(section).getByTestId('contact-plan-timeline')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: /Change contact plan/ })).toHaveAttribute(
      'href',
      '/victim-care/referrals/VCR-000007/contact-plan',
    );
    expect(within(section).getByTestId('resources-issued')).toHaveTextContent(
      'Call blocker, 18 Nov 2026 by Jo Bennett',
    );
    expect(within(section).getByTestId('victim-support')).toHaveTextContent('Given, recorded');
    expect(within(section).getByTestId('questionnaire')).toHaveTextContent('Not yet done');
    expect(within(section).getByRole('link', { name: 'Contact victim' })).toHaveAttribute('href', '/tasks/task-9');
    // First contact was made: no more failed attempts to log.
    expect(within(section).queryByRole('button', { name: 'Log failed attempt' })).not.toBeInTheDocument();
  });

  it('logs a failed first contact attempt, saying what is missing first, in the summary and at the field', async () => {
    vi.mocked(getVictim).mockResolvedValue(victim());
    vi.mocked(logContactAttempt).mockResolvedValue(
      referral({
        contactAttempts: [
          {
            attemptedAt: '2026-11-20T10:15:00Z',
            outcome: 'WRONG_NUMBER',
            notes: 'Number unobtainable',
            recordedBy: 'Jo Bennett',
          },
        ],
      }),
    );
    const user = userEvent.setup();
    renderAt('/victim-care/victims/v-1');

    const form = await screen.findByTestId('contact-attempt-form-VCR-000042');
    expect(form).toHaveTextContent('0 of 3 failed attempts logged');
    await user.click(within(form).getByRole('button', { name: 'Log failed attempt' }));

    const summary = await screen.findByRole('alert');
    const message = 'Choose what happened when you tried to contact the victim';
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#attempt-VCR-000042-outcome');
    expect(within(form).getByRole('group', { name: 'What happened?' })).toHaveAccessibleDescription(
      `Error: ${message}`,
    );
    expect(logContactAttempt).not.toHaveBeenCalled();

    await user.click(within(form).getByLabelText('Wrong number'));
    await user.type(within(form).getByLabelText('Notes (optional)'), 'Number unobtainable');
    await user.click(within(form).getByRole('button', { name: 'Log failed attempt' }));

    expect(await screen.findByText('Failed contact attempt logged for VCR-000042')).toBeInTheDocument();
    expect(logContactAttempt).toHaveBeenCalledWith('VCR-000042', {
      attemptedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      outcome: 'WRONG_NUMBER',
      notes: 'Number unobtainable',
    });
    expect(screen.getByTestId('contact-attempts')).toHaveTextContent('Wrong number');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the API’s refusal in words', async () => {
    vi.mocked(getVictim).mockRejectedValue(new ApiError(403, 'Only victim care officers may see victims’ details'));
    renderAt('/victim-care/victims/v-9');

    expect(await screen.findByTestId('victim-problem')).toHaveTextContent(
      'Only victim care officers may see victims’ details',
    );
  });
});

describe('ReferralPage', () => {
  it('takes a referral reference to its victim’s page, at that referral', async () => {
    vi.mocked(getReferral).mockResolvedValue(referral());
    vi.mocked(getVictim).mockResolvedValue(victim());
    renderAt('/victim-care/referrals/VCR-000042');

    expect(await screen.findByRole('region', { name: /Referral VCR-000042/ })).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent('/victim-care/victims/v-1#referral-VCR-000042');
    expect(getReferral).toHaveBeenCalledWith('VCR-000042');
  });

  it('says so when there is no such referral', async () => {
    vi.mocked(getReferral).mockRejectedValue(new ApiError(404, 'There is no referral VCR-999999'));
    renderAt('/victim-care/referrals/VCR-999999');

    expect(await screen.findByRole('heading', { name: 'Referral not found' })).toBeInTheDocument();
    expect(screen.getByTestId('referral-problem')).toHaveTextContent('There is no referral VCR-999999');
  });
});
