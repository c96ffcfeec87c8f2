import { screen, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { eraseRecord, getDueRecords, getRetentionSchedule, type ScheduleEntry } from '../api/retention';
import { ErasurePage } from './erasure-page';
import { RetentionReviewPage } from './retention-review-page';

vi.mock('../api/retention', async (original) => ({
  ...(await original<typeof import('../api/retention')>()),
  getRetentionSchedule: vi.fn(),
  getDueRecords: vi.fn(),
  eraseRecord: vi.fn(),
}));

const session = vi.hoisted(() => ({ roles: [{ id: 'ADMINISTRATOR', label: 'Administrator' }] }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({ user: { username: 'admin', displayName: 'Admin', roles: session.roles, teams: [] } }),
}));

const crimeSchedule: ScheduleEntry = {
  recordType: 'crime',
  name: 'Fraud case',
  reviewAfterMonths: 72,
  measuredFrom: 'the outcome date of the finalised crime',
  atReview: "Erase the victim's and suspect's personal details and free text.",
  basis: 'MoPI review',
  erasable: true,
};

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/admin/retention" element={<RetentionReviewPage />} />
        <Route path="/admin/retention/erase" element={<ErasurePage />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  session.roles = [{ id: 'ADMINISTRATOR', label: 'Administrator' }];
  vi.mocked(getRetentionSchedule).mockResolvedValue([
    crimeSchedule,
    { ...crimeSchedule, recordType: 'victim', name: 'Victim care record (ECVCU)', erasable: false },
  ]);
  vi.mocked(getDueRecords).mockResolvedValue({
    dueBy: '2031-01-01',
    truncated: false,
    records: [
      {
        recordType: 'crime',
        recordTypeName: 'Fraud case',
        recordId: 'NFRC240101008',
        summary: 'NFIB3A, finalised with Home Office outcome 1',
        retainedFrom: '2024-11-20',
        reviewDue: '2030-11-20',
      },
    ],
  });
});

afterEach(() => {
  vi.clearAllMocks();
});

describe('RetentionReviewPage', () => {
  it('lists the records due with a link to erase each, and the schedule', async () => {
    renderAt('/admin/retention?recordType=crime&dueBy=2031-01-01');
    const table = await screen.findByTestId('due-records');
    expect(getDueRecords).toHaveBeenCalledWith('crime', '2031-01-01');
    expect(within(table).getByRole('link', { name: /^Erase personal data\s*from NFRC240101008$/ })).toHaveAttribute(
      'href',
      '/admin/retention/erase?recordType=crime&recordId=NFRC240101008',
    );
    const schedule = await screen.findByTestId('retention-schedule');
    expect(within(schedule).getAllByText('6 years', { selector: 'td' })).toHaveLength(2);
    expect(within(schedule).getByText('Not held in this application yet.')).toBeInTheDocument();
  });

  it('checks the due-by date before asking again', async () => {
    renderAt('/admin/retention');
    await screen.findByTestId('due-records');
    await userEvent.type(screen.getByLabelText('Day'), '31');
    await userEvent.type(screen.getByLabelText('Month'), '4');
    await userEvent.type(screen.getByLabelText('Year'), '2031');
    await userEvent.click(screen.getByRole('button', { name: 'Show records due' }));
    expect(
      await screen.findByRole('link', {
        name: 'The date records are due for review by must be a real date, like 27 3 2025',
      }),
    ).toHaveAttribute('href', '#dueBy-day');
    expect(getDueRecords).toHaveBeenCalledTimes(1);
  });

  it('tells anyone but an administrator that they cannot review retention', () => {
    session.roles = [{ id: 'AUDITOR', label: 'Auditor' }];
    renderAt('/admin/retention');
    expect(screen.getByRole('heading', { name: 'You cannot review retention' })).toBeInTheDocument();
    expect(getDueRecords).not.toHaveBeenCalled();
  });
});

describe('ErasurePage', () => {
  it('asks for the reason in an error summary linking to the field, and erases nothing without it', async () => {
    renderAt('/admin/retention/erase?recordType=crime&recordId=NFRC240101008');
    expect(
      screen.getByRole('heading', { name: 'Erase personal data from NFRC240101008', level: 1 }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Erase personal data' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Give the reason for erasing this personal data' }),
    ).toHaveAttribute('href', '#justification');
    expect(screen.getByLabelText('Why are you erasing this personal data?')).toHaveAccessibleDescription(
      expect.stringContaining('Give the reason for erasing this personal data'),
    );
    expect(eraseRecord).not.toHaveBeenCalled();
  });

  it('erases with the reason and returns to the review with a success banner', async () => {
    vi.mocked(eraseRecord).mockResolvedValue({
      recordType: 'crime',
      recordId: 'NFRC240101008',
      alreadyErased: false,
      erasedAt: '2026-11-23T10:00:00Z',
      erasedBy: 'admin',
      erased: ['victimName'],
    });
    renderAt('/admin/retention/erase?recordType=crime&recordId=NFRC240101008');

    await userEvent.type(screen.getByLabelText('Why are you erasing this personal data?'), '  Six-year review  ');
    await userEvent.click(screen.getByRole('button', { name: 'Erase personal data' }));

    expect(await screen.findByText('Personal data erased from NFRC240101008')).toBeInTheDocument();
    expect(eraseRecord).toHaveBeenCalledWith('crime', 'NFRC240101008', 'Six-year review');
  });

  it("shows the server's refusal in the error summary", async () => {
    vi.mocked(eraseRecord).mockRejectedValue(new ApiError(409, 'Case NFRC240101008 still has work open.'));
    renderAt('/admin/retention/erase?recordType=crime&recordId=NFRC240101008');

    await userEvent.type(screen.getByLabelText('Why are you erasing this personal data?'), 'Review');
    await userEvent.click(screen.getByRole('button', { name: 'Erase personal data' }));

    expect(
      within(await screen.findByRole('alert')).getByText('Case NFRC240101008 still has work open.'),
    ).toBeInTheDocument();
  });
});
