import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { getStatistics } from '../api/statistics';
import { StatisticsPage } from './statistics-page';

vi.mock('../api/statistics', () => ({ getStatistics: vi.fn() }));
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

const renderAt = (path: string) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/victim-care/statistics" element={<StatisticsPage />} />
      </Routes>
    </MemoryRouter>,
  );

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(getStatistics).mockResolvedValue({
    weeks: [
      {
        week: '2026-11-09',
        referredByReason: { ROMANCE_FRAUD: 1, AGED_70_OR_OVER: 2 },
        referred: 3,
        screenedOut: 7,
        contactsMade: 2,
        resourcesIssued: { PROTECT_BOOKLET: 1 },
        victimSupportReferrals: 0,
      },
      {
        week: '2026-11-16',
        referredByReason: {
          ROMANCE_FRAUD: 2,
          AGED_70_OR_OVER: 1,
          NDM_SCORE_AT_OR_ABOVE_THRESHOLD: 0,
          REPEAT_VICTIM: 1,
        },
        referred: 3,
        screenedOut: 5,
        contactsMade: 4,
        resourcesIssued: { PROTECT_BOOKLET: 2, CALL_BLOCKER: 1 },
        victimSupportReferrals: 1,
      },
    ],
  });
});

describe('StatisticsPage', () => {
  it('gives each week’s referrals by reason and screened out, with totals', async () => {
    renderAt('/victim-care/statistics');

    const table = await screen.findByRole('table', { name: /Referrals and screening/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Week starting',
      'Referred',
      'Romance fraud',
      'Aged 70 or over',
      'High NDM score',
      'Repeat victim',
      'Screened out',
    ]);
    expect(within(table).getByRole('row', { name: /16 Nov 2026/ })).toHaveTextContent('16 Nov 2026321015');
    // A reason the API left out of a week counts as none.
    expect(within(table).getByRole('row', { name: /9 Nov 2026/ })).toHaveTextContent('9 Nov 2026312007');
    expect(within(table).getByRole('row', { name: /Total/ })).toHaveTextContent('Total6330112');
    expect(getStatistics).toHaveBeenCalledWith(12);
  });

  it('gives contacts made, resources issued and Victim Support referrals per week', async () => {
    renderAt('/victim-care/statistics');

    const table = await screen.findByRole('table', { name: 'Support given' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Week starting',
      'Contacts made',
      'Protect booklets issued',
      'Call blockers issued',
      'Victim Support referrals',
    ]);
    expect(within(table).getByRole('row', { name: /16 Nov 2026/ })).toHaveTextContent('16 Nov 20264211');
    expect(within(table).getByRole('row', { name: /Total/ })).toHaveTextContent('Total6311');
    expect(screen.getByRole('table', { name: 'Referred and screened out per week' })).toBeInTheDocument();
    expect(screen.getByText('6 referred and 12 screened out over 2 weeks.')).toBeInTheDocument();
  });

  it('gives withheld counts as fewer than 5, with no bar, and totals them as far as they are known', async () => {
    vi.mocked(getStatistics).mockResolvedValue({
      weeks: [
        {
          week: '2026-11-09',
          referredByReason: { ROMANCE_FRAUD: null, AGED_70_OR_OVER: 5 },
          referred: 7,
          screenedOut: null,
          contactsMade: null,
          resourcesIssued: { PROTECT_BOOKLET: null },
          victimSupportReferrals: 0,
        },
        {
          week: '2026-11-16',
          referredByReason: { ROMANCE_FRAUD: 6 },
          referred: 6,
          screenedOut: 9,
          contactsMade: 8,
          resourcesIssued: { PROTECT_BOOKLET: 5, CALL_BLOCKER: null },
          victimSupportReferrals: null,
        },
      ],
    });
    renderAt('/victim-care/statistics');

    const screening = await screen.findByRole('table', { name: /Referrals and screening/ });
    expect(
      screen.getByText('To protect people from being identified, counts of 1 to 4 people are shown as ‘fewer than 5’.'),
    ).toBeInTheDocument();
    expect(within(screening).getByRole('row', { name: /9 Nov 2026/ })).toHaveTextContent(
      '9 Nov 20267fewer than 5500fewer than 5',
    );
    // A sum with a withheld week in it is at least 1 more than the weeks known; one that cannot reach 5 stays withheld.
    expect(within(screening).getByRole('row', { name: /Total/ })).toHaveTextContent('Total13at least 7500at least 10');
    const support = screen.getByRole('table', { name: 'Support given' });
    expect(within(support).getByRole('row', { name: /9 Nov 2026/ })).toHaveTextContent(
      '9 Nov 2026fewer than 5fewer than 500',
    );
    expect(within(support).getByRole('row', { name: /16 Nov 2026/ })).toHaveTextContent(
      '16 Nov 202685fewer than 5fewer than 5',
    );
    expect(within(support).getByRole('row', { name: /Total/ })).toHaveTextContent(
      'Totalat least 9at least 6fewer than 5fewer than 5',
    );
    expect(
      screen.getByText('13 referred and at least 10 screened out over 2 weeks. A figure of fewer than 5 has no bar.'),
    ).toBeInTheDocument();
    const chart = screen.getByRole('table', { name: 'Referred and screened out per week' });
    expect(within(chart).getByRole('row', { name: /9 Nov 2026/ })).toHaveTextContent('9 Nov 20267fewer than 5');
    expect(document.body).not.toHaveTextContent(/null|NaN|undefined/);
  });

  it('looks back over the weeks chosen', async () => {
    const user = userEvent.setup();
    renderAt('/victim-care/statistics');
    await screen.findByRole('table', { name: 'Support given' });

    await user.selectOptions(screen.getByLabelText('Show the last'), '26 weeks');

    await vi.waitFor(() => expect(getStatistics).toHaveBeenLastCalledWith(26));
    expect(screen.getByLabelText('Show the last')).toHaveValue('26');
  });

  it('shows the API’s problem in words', async () => {
    vi.mocked(getStatistics).mockRejectedValue(new ApiError(500, 'The statistics could not be worked out'));
    renderAt('/victim-care/statistics?weeks=4');

    expect(await screen.findByTestId('statistics-problem')).toHaveTextContent('The statistics could not be worked out');
    expect(getStatistics).toHaveBeenCalledWith(4);
  });
});
