import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import type { FraudCase } from '../api/fraud-cases';
import { CasePage } from './case-page';

const server = vi.hoisted(() => ({ get: vi.fn(), put: vi.fn(), post: vi.fn(), delete: vi.fn() }));
vi.mock('../../../lib/api-client', async (original) => ({
  ...(await original<typeof import('../../../lib/api-client')>()),
  api: server,
}));
const session = vi.hoisted(() => ({ roles: [{ id: 'ECU_OFFICER', label: 'ECU officer' }] }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({
    user: { username: 'priya.shah', displayName: 'DC Priya Shah', roles: session.roles, teams: [] },
  }),
}));
// Sections that load their own data have tests of their own.
vi.mock('./case-diagram-section', () => ({ CaseDiagramSection: () => null }));
vi.mock('./needs-section', () => ({ NeedsSection: () => null }));
vi.mock('./update-frequency-section', () => ({ UpdateFrequencySection: () => null }));

const REFERENCE = 'NFRC240101005';
const CASE_PATH = `/api/fraud/cases/${REFERENCE}`;

function fraudCase(courierFraud: boolean): FraudCase {
  return {
    crime: {
      crimeReference: REFERENCE,
      reportedDate: '2024-01-05',
      nfibCode: 'NFIB90',
      originalNfibCode: 'NFIB90',
      nfibCodeUnknown: false,
      victimType: 'INDIVIDUAL',
      victimName: 'Margaret Hill',
      status: 'RECEIVED',
      receivedAt: '2024-01-06T09:00:00Z',
      courierFraud,
    },
    linesOfEnquiry: [],
    enhancedRights: null,
    history: [],
    currentTasks: [],
  };
}

/** The server as the page sees it: the case (marked or not) and empty reference lists. */
function serverHolds(courierFraud: boolean) {
  server.get.mockImplementation((path: string) => Promise.resolve(path === CASE_PATH ? fraudCase(courierFraud) : []));
}

async function openTheCase() {
  render(
    <MemoryRouter initialEntries={[`/cases/${REFERENCE}`]}>
      <Routes>
        <Route path="/cases/:crimeReference" element={<CasePage />} />
      </Routes>
    </MemoryRouter>,
  );
  return screen.findByTestId('crime-facts');
}

const courierFraudRow = (facts: HTMLElement) =>
  within(facts).getByText('Courier fraud', { selector: 'dt' }).closest('.govuk-summary-list__row') as HTMLElement;

beforeEach(() => {
  session.roles = [{ id: 'ECU_OFFICER', label: 'ECU officer' }];
});

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('courier fraud on the case page', () => {
  it('says in the case summary whether the crime is marked as courier fraud', async () => {
    serverHolds(false);
    expect(within(courierFraudRow(await openTheCase())).getByRole('definition')).toHaveTextContent('No');
    cleanup();

    serverHolds(true);
    expect(within(courierFraudRow(await openTheCase())).getByRole('definition')).toHaveTextContent('Yes');
    expect(screen.getByLabelText(/^This is courier fraud/)).toBeChecked();
  });

  it('lets an officer mark it, sending the mark and confirming it', async () => {
    serverHolds(false);
    await openTheCase();
    server.put.mockImplementation(() => {
      serverHolds(true);
      return Promise.resolve({ courierFraud: true });
    });

    await userEvent.click(
      screen.getByLabelText(
        'This is courier fraud (no NFIB code of its own: it is counted separately on the board report)',
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save courier fraud' }));

    expect(server.put).toHaveBeenCalledWith(`${CASE_PATH}/courier-fraud`, { courierFraud: true });
    expect(await screen.findByRole('status')).toHaveTextContent('Marked as courier fraud');
    await waitFor(() =>
      expect(within(courierFraudRow(screen.getByTestId('crime-facts'))).getByRole('definition')).toHaveTextContent(
        'Yes',
      ),
    );
  });

  it('shows a local investigator the mark but no way to change it', async () => {
    session.roles = [{ id: 'LOCAL_INVESTIGATOR', label: 'Local investigator' }];
    serverHolds(true);
    expect(within(courierFraudRow(await openTheCase())).getByRole('definition')).toHaveTextContent('Yes');
    expect(screen.queryByLabelText(/^This is courier fraud/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save courier fraud' })).toBeNull();
  });

  it('shows a refused save in the error summary, linked to the checkbox', async () => {
    session.roles = [{ id: 'ECU_SUPERVISOR', label: 'ECU supervisor' }];
    serverHolds(true);
    await openTheCase();
    server.put.mockRejectedValue(
      new ApiError(400, 'Check the answers', [{ field: 'courierFraud', message: 'Say whether this is courier fraud' }]),
    );

    await userEvent.click(screen.getByLabelText(/^This is courier fraud/));
    await userEvent.click(screen.getByRole('button', { name: 'Save courier fraud' }));

    expect(server.put).toHaveBeenCalledWith(`${CASE_PATH}/courier-fraud`, { courierFraud: false });
    const summary = within(await screen.findByRole('alert'));
    expect(summary.getByRole('link', { name: 'Say whether this is courier fraud' })).toHaveAttribute(
      'href',
      '#courier-courierFraud',
    );
    expect(screen.getByLabelText(/^This is courier fraud/)).toHaveAttribute('id', 'courier-courierFraud');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says so when the case cannot be changed for another reason', async () => {
    serverHolds(false);
    await openTheCase();
    server.put.mockRejectedValue(new ApiError(404, 'There is no such case you can see'));

    await userEvent.click(screen.getByRole('button', { name: 'Save courier fraud' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('There is no such case you can see');
  });
});
