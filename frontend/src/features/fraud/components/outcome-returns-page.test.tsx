import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import {
  getReturnedCrimes,
  listOutcomeReturns,
  requestOutcomeReturn,
  type OutcomeReturn,
} from '../api/outcome-returns';
import { OutcomeReturnPage, OutcomeReturnsPage } from './outcome-returns-page';

vi.mock('../api/outcome-returns', async (original) => ({
  ...(await original<typeof import('../api/outcome-returns')>()),
  listOutcomeReturns: vi.fn(),
  getReturnedCrimes: vi.fn(),
  requestOutcomeReturn: vi.fn(),
}));

const session = vi.hoisted(() => ({ roles: [{ id: 'ECU_SUPERVISOR', label: 'ECU supervisor' }] }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({ user: { username: 'someone', displayName: 'Someone', roles: session.roles, teams: [] } }),
}));

const october: OutcomeReturn = {
  month: '2026-10-01',
  status: 'SUBMITTED',
  crimeCount: 2,
  builtAt: '2026-11-01T06:00:00Z',
  submittedBy: 'ecu.supervisor',
  submittedAt: '2026-11-02T09:30:00Z',
};

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/fraud/outcome-returns" element={<OutcomeReturnsPage />} />
        <Route path="/fraud/outcome-returns/:month" element={<OutcomeReturnPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  session.roles = [{ id: 'ECU_SUPERVISOR', label: 'ECU supervisor' }];
  vi.mocked(listOutcomeReturns).mockResolvedValue([october]);
});

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('OutcomeReturnsPage', () => {
  it('lists the returns with status tag, CSV download and a link to the month', async () => {
    renderAt('/fraud/outcome-returns');
    const table = await screen.findByTestId('outcome-returns');
    expect(within(table).getByRole('link', { name: 'October 2026' })).toHaveAttribute(
      'href',
      '/fraud/outcome-returns/2026-10',
    );
    expect(within(table).getByText('Submitted', { selector: 'strong' })).toHaveClass('govuk-tag');
    expect(within(table).getByRole('link', { name: /^Download CSV\s*for October 2026$/ })).toHaveAttribute(
      'href',
      '/api/fraud/outcome-returns/2026-10/csv',
    );
  });

  it('refuses roles other than supervisors and analysts, and hides the build form from analysts', async () => {
    session.roles = [{ id: 'ECU_OFFICER', label: 'ECU officer' }];
    renderAt('/fraud/outcome-returns');
    expect(screen.getByRole('heading', { name: 'You cannot see outcome returns' })).toBeInTheDocument();
    cleanup();

    session.roles = [{ id: 'PERFORMANCE_ANALYST', label: 'Performance analyst' }];
    renderAt('/fraud/outcome-returns');
    await screen.findByTestId('outcome-returns');
    expect(screen.queryByRole('button', { name: 'Build the return' })).not.toBeInTheDocument();
  });

  it('checks the month before asking, and shows the 202 as a success banner', async () => {
    vi.mocked(requestOutcomeReturn).mockResolvedValue(undefined);
    renderAt('/fraud/outcome-returns');
    const month = screen.getByLabelText('Month');
    await userEvent.clear(month);
    await userEvent.type(month, 'October');
    await userEvent.click(screen.getByRole('button', { name: 'Build the return' }));
    expect(await screen.findByRole('link', { name: 'Give the month as YYYY-MM, for example 2026-10' })).toHaveAttribute(
      'href',
      '#month',
    );
    expect(requestOutcomeReturn).not.toHaveBeenCalled();

    await userEvent.clear(month);
    await userEvent.type(month, '2026-09');
    await userEvent.click(screen.getByRole('button', { name: 'Build the return' }));
    expect(
      await screen.findByText('The return for September 2026 is being built. It is listed here once it is ready.'),
    ).toBeInTheDocument();
    expect(requestOutcomeReturn).toHaveBeenCalledWith('2026-09');
  });

  it('shows a 409 in the error summary', async () => {
    vi.mocked(requestOutcomeReturn).mockRejectedValue(
      new ApiError(409, 'The return for 2026-10 has already been submitted'),
    );
    renderAt('/fraud/outcome-returns');
    const month = screen.getByLabelText('Month');
    await userEvent.clear(month);
    await userEvent.type(month, '2026-10');
    await userEvent.click(screen.getByRole('button', { name: 'Build the return' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'The return for 2026-10 has already been submitted' }),
    ).toBeInTheDocument();
  });
});

describe('OutcomeReturnPage', () => {
  it("lists the return's crimes linking to their cases", async () => {
    vi.mocked(getReturnedCrimes).mockResolvedValue([
      {
        crimeReference: 'NFRC-1',
        nfibCode: 'NFIB1D',
        originalNfibCode: 'NFIB1D',
        outcomeCode: '18L',
        homeOfficeOutcome: '18',
        outcomeDate: '2026-10-03',
        finalisedAt: '2026-10-04T10:00:00Z',
        policingArea: null,
      },
      {
        crimeReference: 'NFRC-2',
        nfibCode: 'NFIB1D',
        originalNfibCode: 'NFIB1D',
        outcomeCode: '1',
        homeOfficeOutcome: '1',
        outcomeDate: '2026-08-03',
        finalisedAt: '2026-08-04T10:00:00Z',
        policingArea: null,
        amendsMonth: '2026-08-01',
      },
    ]);
    renderAt('/fraud/outcome-returns/2026-10');
    const table = await screen.findByTestId('returned-crimes');
    expect(screen.getByRole('heading', { name: 'October 2026', level: 1 })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'NFRC-1' })).toHaveAttribute('href', '/cases/NFRC-1');
    expect(within(table).getByText('18L')).toBeInTheDocument();
    expect(within(table).getByText('Amends August 2026', { selector: 'strong' })).toHaveClass('govuk-tag');
    expect(
      screen.getByRole('link', { name: /^Check before approving: download a preview\s*of October 2026/ }),
    ).toHaveAttribute('href', '/api/fraud/outcome-returns/2026-10/preview.csv');
    expect(getReturnedCrimes).toHaveBeenCalledWith('2026-10');
  });

  it('says when there is no return for the month', async () => {
    vi.mocked(getReturnedCrimes).mockRejectedValue(new ApiError(404, 'There is no return for 2026-08'));
    renderAt('/fraud/outcome-returns/2026-08');
    expect(await screen.findByTestId('return-problem')).toHaveTextContent('There is no return for August 2026 yet.');
  });
});
