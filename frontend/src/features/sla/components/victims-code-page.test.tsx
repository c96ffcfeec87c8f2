import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getVictimsCodeCases, getVictimsCodeReport, type VictimsCodeReport } from '../api/sla';
import { validateMonths } from './sla-words';
import { VictimsCodeCasesPage, VictimsCodePage } from './victims-code-page';

vi.mock('../api/sla', async (original) => ({
  ...(await original<typeof import('../api/sla')>()),
  getVictimsCodeReport: vi.fn(),
  getVictimsCodeCases: vi.fn(),
}));

const session = vi.hoisted(() => ({ roles: [{ id: 'ECU_SUPERVISOR', label: 'ECU supervisor' }] }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({ user: { username: 'someone', displayName: 'Someone', roles: session.roles, teams: [] } }),
}));

const empty = { notApplicableReasons: [], notRecorded: 0, notYetDue: 0 };
const report: VictimsCodeReport = {
  from: '2026-03',
  to: '2026-03',
  months: ['2026-03'],
  rights: [
    {
      id: 'area:END_OF_JOURNEY',
      kind: 'SURVEY_AREA',
      name: 'Told of the end of the criminal justice journey',
      codeRight: 'Rights 6 and 9',
      localStandard: false,
      evidenceRecorded: false,
      description: 'Not recorded in the product yet.',
      months: [
        {
          month: '2026-03',
          due: 2,
          metOnTime: 0,
          metLate: 0,
          notMet: 0,
          optedOutOrUnreachable: 0,
          notApplicable: 0,
          ...empty,
          notRecorded: 2,
        },
      ],
    },
    {
      id: 'victim-told-officer@VC2020',
      kind: 'SLA',
      name: 'Victim told who is investigating',
      victimsCodeVersion: 'VC2020',
      localStandard: true,
      evidenceRecorded: true,
      description: 'Local standard',
      months: [
        {
          month: '2026-03',
          due: 5,
          metOnTime: 2,
          metLate: 1,
          notMet: 1,
          optedOutOrUnreachable: 1,
          notApplicable: 0,
          ...empty,
        },
      ],
    },
  ],
};

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/sla/victims-code" element={<VictimsCodePage />} />
        <Route path="/sla/victims-code/cases" element={<VictimsCodeCasesPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  session.roles = [{ id: 'ECU_SUPERVISOR', label: 'ECU supervisor' }];
  vi.mocked(getVictimsCodeReport).mockResolvedValue(report);
  vi.mocked(getVictimsCodeCases).mockResolvedValue([
    {
      caseReference: 'NFRC260301001',
      team: 'ecu-investigations',
      teamName: 'ECU investigations',
      right: 'Victim told who is investigating',
      taskId: 't1',
      dueAt: '2026-03-10T23:59:59Z',
      stoppedAt: null,
      status: 'NOT_MET',
      reason: 'Not done by the due time',
    },
  ]);
});

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('VictimsCodePage', () => {
  it('shows a captioned table per right, each number linking to its cases, and the CSV', async () => {
    renderAt('/sla/victims-code');
    const table = await screen.findByTestId('right-victim-told-officer@VC2020');
    expect(within(table).getByText(/Victim told who is investigating \(VC2020, local standard\)/)).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'March 2026' })).toBeInTheDocument();
    expect(
      within(table).getByRole('link', { name: /^1 not met: Victim told who is investigating, March 2026/ }),
    ).toHaveAttribute(
      'href',
      '/sla/victims-code/cases?right=victim-told-officer%40VC2020&month=2026-03&status=NOT_MET',
    );
    const unrecorded = screen.getByTestId('right-area:END_OF_JOURNEY');
    expect(within(unrecorded).getByText(/every case is shown as not recorded/)).toBeInTheDocument();
    expect(within(unrecorded).getByRole('link', { name: /^2 not recorded/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download the report (CSV)' })).toHaveAttribute(
      'href',
      '/api/sla/victims-code.csv?from=2026-03&to=2026-03',
    );
  });

  it('asks again for chosen months and refuses a range that ends before it starts', async () => {
    const user = userEvent.setup();
    renderAt('/sla/victims-code');
    await screen.findByTestId('months-form');
    await user.clear(screen.getByLabelText('First month'));
    await user.type(screen.getByLabelText('First month'), '2026-04');
    await user.click(screen.getByRole('button', { name: 'Show these months' }));
    expect(await screen.findByText('There is a problem')).toBeInTheDocument();
    expect(getVictimsCodeReport).toHaveBeenCalledTimes(1);

    await user.clear(screen.getByLabelText('First month'));
    await user.type(screen.getByLabelText('First month'), '2026-01');
    await user.click(screen.getByRole('button', { name: 'Show these months' }));
    expect(getVictimsCodeReport).toHaveBeenLastCalledWith({ from: '2026-01', to: '2026-03' });
  });

  it('lists the cases behind a number by crime reference and team', async () => {
    renderAt('/sla/victims-code/cases?right=victim-told-officer%40VC2020&month=2026-03&status=NOT_MET');
    const table = await screen.findByTestId('victims-code-cases');
    expect(getVictimsCodeCases).toHaveBeenCalledWith({
      right: 'victim-told-officer@VC2020',
      month: '2026-03',
      status: 'NOT_MET',
    });
    expect(within(table).getByRole('rowheader', { name: 'NFRC260301001' })).toBeInTheDocument();
    expect(within(table).getByText('Not done by the due time')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Not met: March 2026' })).toBeInTheDocument();
  });

  it('tells anyone else they cannot see it', () => {
    session.roles = [{ id: 'ECU_OFFICER', label: 'ECU officer' }];
    renderAt('/sla/victims-code');
    expect(screen.getByRole('heading', { name: 'You cannot see Victims’ Code compliance' })).toBeInTheDocument();
    expect(getVictimsCodeReport).not.toHaveBeenCalled();
  });
});

describe('validateMonths', () => {
  it('accepts two months in order and refuses anything else', () => {
    expect(validateMonths('2026-01', '2026-01')).toEqual([]);
    expect(validateMonths('2026-13', '03/2026').map((p) => p.field)).toEqual(['from', 'to']);
    expect(validateMonths('2026-03', '2026-01')).toEqual([
      { field: 'from', message: 'The first month must be on or before the last' },
    ]);
  });
});
