import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { confirmPossibleMatch, rejectPossibleMatch, unlinkPossibleMatch } from '../api/possible-matches';
import { getVictim, type PossibleMatch } from '../api/victims';
import { victim } from './victim-care.fixtures';
import { VictimPage } from './victim-page';

vi.mock('../api/victims', () => ({ searchVictims: vi.fn(), getVictim: vi.fn(), VICTIMS_PAGE_SIZE: 25 }));
vi.mock('../api/referrals', () => ({ getReferral: vi.fn(), logContactAttempt: vi.fn(), changeContactPlan: vi.fn() }));
vi.mock('../api/possible-matches', () => ({
  confirmPossibleMatch: vi.fn(),
  rejectPossibleMatch: vi.fn(),
  unlinkPossibleMatch: vi.fn(),
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

const match = (overrides: Partial<PossibleMatch> = {}): PossibleMatch => ({
  id: 'm-1',
  victimId: 'v-2',
  candidateVictimId: 'v-1',
  crimeReference: 'NFRC26110077',
  rule: 'SAME_NAME_NO_DATE_OF_BIRTH',
  reason: 'Same name, but no date of birth on one or both records to tell them apart',
  evidence: [
    { field: 'forename', listed: 'MARGARET', known: 'Margaret', comparison: 'SAME' },
    { field: 'surname', listed: 'Okafor', known: 'Okafor', comparison: 'SAME' },
    { field: 'dateOfBirth', listed: null, known: '1950-02-28', comparison: 'MISSING' },
    { field: 'phone', listed: '07700 900123', known: '07700 900123', comparison: 'SAME' },
    { field: 'email', listed: null, known: null, comparison: 'MISSING' },
    { field: 'postcode', listed: null, known: 'B15 2TT', comparison: 'MISSING' },
  ],
  status: 'OPEN',
  raisedAt: '2026-11-23T09:00:00Z',
  ...overrides,
});

function renderVictim() {
  return render(
    <MemoryRouter initialEntries={['/victim-care/victims/v-1']}>
      <Routes>
        <Route path="/victim-care/victims/:victimId" element={<VictimPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  vi.resetAllMocks();
});

describe('VictimPage: one person is one victim', () => {
  it('shows every listing with the details it came with', async () => {
    const known = victim();
    vi.mocked(getVictim).mockResolvedValue(
      victim({
        listings: [
          {
            ...known.listings[0],
            importJobId: 'job-1',
            line: 4,
            listedAs: { forename: 'Margaret', surname: 'OKAFOR', dateOfBirth: '1950-02-28', phone: '07700 900123' },
          },
          {
            ...known.listings[1],
            importJobId: 'job-0',
            line: 12,
            listedAs: { forename: 'Maggie', surname: 'Okafor', email: 'maggie@example.com' },
          },
        ],
      }),
    );
    renderVictim();

    const listed = await screen.findByTestId('victim-listed-as');
    expect(within(listed).getByRole('row', { name: /NFRC26110001/ })).toHaveTextContent('Margaret OKAFOR');
    expect(within(listed).getByRole('row', { name: /NFRC26110001/ })).toHaveTextContent('line 4');
    expect(within(listed).getByRole('row', { name: /NFRC26010009/ })).toHaveTextContent('Maggie Okafor');
    expect(within(listed).getByRole('row', { name: /NFRC26010009/ })).toHaveTextContent('maggie@example.com');
    expect(screen.getByTestId('victim-crimes')).toBeInTheDocument();
  });

  it('shows a possible match with the evidence side by side, and confirms it from the keyboard', async () => {
    vi.mocked(getVictim)
      .mockResolvedValueOnce(victim({ possibleMatches: [match()] }))
      .mockResolvedValueOnce(victim({ possibleMatches: [], confirmedLinks: [match({ status: 'CONFIRMED' })] }));
    vi.mocked(confirmPossibleMatch).mockResolvedValue(match({ status: 'CONFIRMED' }));
    renderVictim();

    const waiting = await screen.findByRole('region', { name: 'Possible matches waiting' });
    expect(waiting).toHaveTextContent('Same name, but no date of birth');
    const evidence = within(waiting).getByTestId('match-evidence');
    expect(within(evidence).getByRole('row', { name: /Date of birth/ })).toHaveTextContent(
      'Date of birthNot given28 Feb 1950Not on both',
    );
    expect(within(evidence).getByRole('row', { name: /Phone/ })).toHaveTextContent('07700 90012307700 900123Same');

    const confirm = within(waiting).getByRole('button', { name: 'Confirm same person' });
    confirm.focus();
    await userEvent.keyboard('{Enter}');

    expect(confirmPossibleMatch).toHaveBeenCalledWith('m-1');
    expect(await screen.findByText(/Confirmed: the records are one person/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Possible matches waiting' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Records linked as this person' })).toHaveTextContent('NFRC26110077');
  });

  it('rejects a possible match, and undoes a confirmed link', async () => {
    vi.mocked(getVictim).mockResolvedValue(
      victim({
        possibleMatches: [match()],
        confirmedLinks: [match({ id: 'm-2', status: 'CONFIRMED', decidedBy: 'Jo Bennett' })],
      }),
    );
    vi.mocked(rejectPossibleMatch).mockResolvedValue(match({ status: 'REJECTED' }));
    vi.mocked(unlinkPossibleMatch).mockResolvedValue(match({ id: 'm-2' }));
    renderVictim();

    await userEvent.click(await screen.findByRole('button', { name: 'Reject: different people' }));
    expect(rejectPossibleMatch).toHaveBeenCalledWith('m-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Undo link' }));
    expect(unlinkPossibleMatch).toHaveBeenCalledWith('m-2');
  });
});
