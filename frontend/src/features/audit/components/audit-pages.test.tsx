import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { getAuditEvent, searchAuditEvents, verifyAuditChain, type AuditEvent } from '../api/audit';
import { AuditEventPage } from './audit-event-page';
import { AuditTrailPage } from './audit-page';

vi.mock('../api/audit', async (original) => ({
  ...(await original<typeof import('../api/audit')>()),
  searchAuditEvents: vi.fn(),
  getAuditEvent: vi.fn(),
  verifyAuditChain: vi.fn(),
}));

const session = vi.hoisted(() => ({ roles: [{ id: 'AUDITOR', label: 'Auditor' }] }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({ user: { username: 'auditor', displayName: 'Chris Doyle', roles: session.roles, teams: [] } }),
}));

const viewed: AuditEvent = {
  id: 42,
  occurredAt: '2026-03-02T10:15:00Z',
  username: 'ecu.officer',
  operation: 'CONSULTATION',
  recordType: 'crime',
  recordIds: ['NFRC240101008'],
  clientAddress: '10.0.0.7',
  justification: 'Triage of the referral',
  recipient: null,
  details: { page: 'case' },
};

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/audit" element={<AuditTrailPage />} />
        <Route path="/audit/events/:id" element={<AuditEventPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  session.roles = [{ id: 'AUDITOR', label: 'Auditor' }];
  vi.mocked(searchAuditEvents).mockResolvedValue({ events: [viewed], page: 0, size: 25, total: 60 });
  vi.mocked(getAuditEvent).mockResolvedValue({
    event: viewed,
    previousHash: 'aaa111',
    hash: 'bbb222',
    previousEventId: 41,
    nextEventId: 43,
  });
});

afterEach(() => {
  vi.clearAllMocks();
});

describe('AuditTrailPage', () => {
  it('shows the events found in plain words, paged, with a CSV download of the same search', async () => {
    renderAt('/audit?recordType=crime&recordId=NFRC240101008&page=2');
    const table = await screen.findByTestId('audit-events');
    expect(searchAuditEvents).toHaveBeenCalledWith({ recordType: 'crime', recordId: 'NFRC240101008' }, 1, 25);
    expect(within(table).getByText('Showing 26 to 50 of 60 events')).toBeInTheDocument();
    expect(within(table).getByText('Viewed personal data')).toBeInTheDocument();
    expect(within(table).getByText('Crime NFRC240101008')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: /^Event\s*42$/ })).toHaveAttribute('href', '/audit/events/42');
    expect(screen.getByRole('link', { name: 'Page 3' })).toHaveAttribute(
      'href',
      '/audit?recordType=crime&recordId=NFRC240101008&page=3',
    );
    expect(screen.getByRole('link', { name: /^Download CSV/ })).toHaveAttribute(
      'href',
      '/api/audit/events.csv?recordType=crime&recordId=NFRC240101008',
    );
  });

  it('searches by user, subject, action and days', async () => {
    renderAt('/audit');
    await screen.findByTestId('audit-events');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('User'), 'ecu.officer');
    await user.selectOptions(screen.getByLabelText('Kind of record'), 'Crime reference');
    await user.type(screen.getByLabelText('Reference'), 'NFRC240101008');
    await user.selectOptions(screen.getByLabelText('Action'), 'Erased');
    const from = within(screen.getByRole('group', { name: /From/ }));
    await user.type(from.getByLabelText('Day'), '1');
    await user.type(from.getByLabelText('Month'), '3');
    await user.type(from.getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(searchAuditEvents).toHaveBeenLastCalledWith(
      {
        username: 'ecu.officer',
        recordType: 'crime',
        recordId: 'NFRC240101008',
        operation: 'ERASURE',
        fromDate: '2026-03-01',
      },
      0,
      25,
    );
  });

  it('explains a date that is not real or a period that ends before it starts, and does not search', async () => {
    renderAt('/audit');
    await screen.findByTestId('audit-events');
    const user = userEvent.setup();
    const from = within(screen.getByRole('group', { name: /From/ }));
    await user.type(from.getByLabelText('Day'), '31');
    await user.type(from.getByLabelText('Month'), '2');
    await user.type(from.getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByRole('link', { name: /first day must be a real date/ })).toHaveAttribute(
      'href',
      '#fromDate-day',
    );
    expect(searchAuditEvents).toHaveBeenCalledTimes(1);
  });

  it('verifies the chain and says how far it is intact, or where it breaks', async () => {
    vi.mocked(verifyAuditChain).mockResolvedValueOnce({
      intact: true,
      checkedRecords: 1200,
      lastVerifiedRecordId: 1234,
      message: 'Audit trail intact',
    });
    renderAt('/audit');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Verify the audit trail' }));
    expect(await screen.findByText(/Verified up to event 1234/)).toBeInTheDocument();

    vi.mocked(verifyAuditChain).mockResolvedValueOnce({
      intact: false,
      checkedRecords: 9,
      firstBrokenRecordId: 10,
      message: 'Audit trail BROKEN at record 10: its content no longer matches its hash',
    });
    await user.click(screen.getByRole('button', { name: 'Verify the audit trail' }));
    expect(await screen.findByText(/Broken at event 10/)).toBeInTheDocument();
  });

  it('tells other roles they cannot read the audit trail, without asking the API', () => {
    session.roles = [{ id: 'ECU_OFFICER', label: 'ECU officer' }];
    renderAt('/audit');
    expect(screen.getByRole('heading', { name: 'You cannot read the audit trail' })).toBeInTheDocument();
    expect(searchAuditEvents).not.toHaveBeenCalled();
  });
});

describe('AuditEventPage', () => {
  it('shows who, when, what, which records, from where, why and the place in the chain', async () => {
    renderAt('/audit/events/42');
    const event = await screen.findByTestId('audit-event');
    expect(getAuditEvent).toHaveBeenCalledWith('42');
    expect(screen.getByRole('heading', { name: 'Viewed personal data' })).toBeInTheDocument();
    expect(within(event).getByText('ecu.officer')).toBeInTheDocument();
    expect(within(event).getByText('NFRC240101008')).toBeInTheDocument();
    expect(within(event).getByText('10.0.0.7')).toBeInTheDocument();
    expect(within(event).getByText('Triage of the referral')).toBeInTheDocument();
    const chain = screen.getByTestId('chain-position');
    expect(within(chain).getByRole('link', { name: 'Event 41' })).toHaveAttribute('href', '/audit/events/41');
    expect(within(chain).getByText('bbb222')).toBeInTheDocument();
  });

  it('says when there is no such event', async () => {
    vi.mocked(getAuditEvent).mockRejectedValue(new ApiError(404, 'There is no audit event 9'));
    renderAt('/audit/events/9');
    expect(await screen.findByTestId('event-problem')).toHaveTextContent('There is no audit event 9.');
  });
});
