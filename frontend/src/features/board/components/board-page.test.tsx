import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getBoardReport, type BoardReport } from '../api/board';
import { MemoryRouter } from 'react-router-dom';
import { BoardPage } from './board-page';

vi.mock('../api/board', async (original) => ({
  ...(await original<typeof import('../api/board')>()),
  getBoardReport: vi.fn(),
}));

const report: BoardReport = {
  from: '2093-02-01',
  to: '2093-02-28',
  previousFrom: '2093-01-04',
  previousTo: '2093-01-31',
  fraudTypes: [{ key: 'NFIB1D', label: 'Dating Scam', current: 2, previous: 1, change: 1, changePercent: 100 }],
  ageBands: [{ key: '31-40', label: '31–40', current: 0, previous: 2, change: -2, changePercent: -100 }],
  averageLoss: [
    {
      victimType: 'INDIVIDUAL',
      label: 'Individuals',
      current: 2000,
      currentReports: 2,
      previous: 300,
      previousReports: 2,
      change: 1700,
    },
    { victimType: 'ORGANISATION', label: 'Organisations', current: 500.5, currentReports: 1, previousReports: 0 },
  ],
  outcomeRate: {
    current: { positiveOutcomes: 1, crimes: 4, ratePercent: 25 },
    previous: { positiveOutcomes: 1, crimes: 2, ratePercent: 50 },
    changePoints: -25,
    nationalRatePercent: 2.9,
    nationalRateSource: '2024 paper',
  },
  victimCare: [{ key: 'CALL_BLOCKERS', label: 'Call blockers issued', current: 1, previous: 0, change: 1 }],
  intensificationPeriods: [
    {
      id: 7,
      name: 'Romance fraud week',
      fraudTypes: ['NFIB1D'],
      from: '2093-02-10',
      to: '2093-02-16',
      reports: 1,
      reportsBefore: 1,
      change: 0,
      changePercent: 0,
    },
  ],
  nfib90Recategorised: [
    { key: 'NFIB3A', label: 'Online Shopping and Auctions', current: 1, previous: 1, change: 0, changePercent: 0 },
    { key: 'NFIB90', label: 'Other Fraud', current: 1, previous: 0, change: 1 },
  ],
  courierFraud: {
    key: 'COURIER_FRAUD',
    label: 'Courier fraud (marked at triage)',
    current: 2,
    previous: 1,
    change: 1,
    changePercent: 100,
  },
  returnCompliance: {
    current: { monthsDue: 2, sentOnTime: 1, sentLate: 1, notSent: 0, compliancePercent: 50 },
    previous: { monthsDue: 1, sentOnTime: 1, sentLate: 0, notSent: 0, compliancePercent: 100 },
    changePoints: -50,
    dueRule: "A month's return is due by the last day of the following month",
  },
  protectActivity: [
    { key: 'SOCIAL_MEDIA_POSTS', label: 'Social media posts', current: 3, previous: 1, change: 2, changePercent: 200 },
    {
      key: 'IMPRESSIONS',
      label: 'Impressions from social media posts',
      current: 2000,
      previous: 500,
      change: 1500,
      changePercent: 300,
    },
    { key: 'OUTREACH_EVENTS', label: 'Outreach events', current: 1, previous: 2, change: -1, changePercent: -50 },
    { key: 'PEOPLE_ENGAGED', label: 'People engaged at outreach events', current: 45, previous: 0, change: 45 },
  ],
};

function row(table: string, heading: string): string[] {
  const t = screen.getByRole('table', { name: table });
  const r = within(t).getByRole('rowheader', { name: heading }).closest('tr') as HTMLElement;
  return within(r)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('BoardPage', () => {
  beforeEach(() => vi.mocked(getBoardReport).mockResolvedValue(report));
  afterEach(cleanup);

  it('shows every figure beside the previous period, unknown losses as not recorded', async () => {
    render(
      <MemoryRouter>
        <BoardPage />
      </MemoryRouter>,
    );
    await screen.findByRole('table', { name: 'Fraud reports by NFIB type' });

    expect(row('Fraud reports by NFIB type', 'Dating Scam (NFIB1D)')).toEqual(['2', '1', '+1 (+100%)']);
    expect(row('Fraud reports by victim age', '31–40')).toEqual(['0', '2', '-2 (-100%)']);
    expect(row('Average loss', 'Individuals')).toEqual(['£2,000.00', '£300.00', '£1,700.00']);
    expect(row('Average loss', 'Organisations')).toEqual(['£500.50', 'not recorded', 'not recorded']);
    expect(row('Outcome rate', 'Outcome rate')).toEqual(['25%', '50%', '-25 points']);
    expect(screen.getByText(/National fraud outcome rate: 2.9%/)).toBeTruthy();
    expect(row('Victim care', 'Call blockers issued')).toEqual(['1', '0', '+1']);
    expect(screen.getByRole('rowheader', { name: /Romance fraud week/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download the figures (CSV)' }).getAttribute('href')).toBe(
      '/api/board-report.csv?from=2093-02-01&to=2093-02-28',
    );
    expect(
      row('NFIB 90 reports by the type they were recategorised to', 'Online Shopping and Auctions (NFIB3A)'),
    ).toEqual(['1', '1', '0 (0%)']);
    expect(row('NFIB 90 reports by the type they were recategorised to', 'Not yet recategorised (NFIB90)')).toEqual([
      '1',
      '0',
      '+1',
    ]);
    expect(row('Courier fraud', 'Courier fraud (marked at triage)')).toEqual(['2', '1', '+1 (+100%)']);
    expect(row('Monthly outcome returns', 'Sent late')).toEqual(['1', '0', '']);
    expect(row('Monthly outcome returns', 'Compliance')).toEqual(['50%', '100%', '-50 points']);
    expect(screen.getByText(/due by the last day of the following month/)).toBeTruthy();
    expect(screen.getByRole('link', { name: "Each month's outcome return" }).getAttribute('href')).toBe(
      '/fraud/outcome-returns',
    );
    expect(screen.queryByRole('link', { name: /Dating Scam/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Add or correct a campaign' })).toBeNull();
  });

  it('shows the Protect activity reported on APMIS beside the previous period', async () => {
    render(
      <MemoryRouter>
        <BoardPage />
      </MemoryRouter>,
    );
    const table = 'Protect activity (reported on APMIS)';
    await screen.findByRole('table', { name: table });

    expect(row(table, 'Social media posts')).toEqual(['3', '1', '+2 (+200%)']);
    expect(row(table, 'Impressions from social media posts')).toEqual(['2000', '500', '+1500 (+300%)']);
    expect(row(table, 'Outreach events')).toEqual(['1', '2', '-1 (-50%)']);
    expect(row(table, 'People engaged at outreach events')).toEqual(['45', '0', '+45']);
  });

  it('links each figure to the crimes behind it for a supervisor', async () => {
    render(
      <MemoryRouter>
        <BoardPage canOpenCases canKeepCampaigns />
      </MemoryRouter>,
    );
    await screen.findByRole('table', { name: 'Fraud reports by NFIB type' });

    expect(screen.getByRole('link', { name: 'Dating Scam (NFIB1D)' })).toHaveAttribute(
      'href',
      '/board-report/cases?figure=FRAUD_TYPE%3ANFIB1D&from=2093-02-01&to=2093-02-28',
    );
    expect(screen.getByRole('link', { name: 'Courier fraud (marked at triage)' })).toHaveAttribute(
      'href',
      '/board-report/cases?figure=COURIER_FRAUD&from=2093-02-01&to=2093-02-28',
    );
    expect(screen.getByRole('link', { name: 'Positive outcomes' })).toHaveAttribute(
      'href',
      '/board-report/cases?figure=POSITIVE_OUTCOMES&from=2093-02-01&to=2093-02-28',
    );
    expect(screen.getByRole('link', { name: 'Individuals' })).toHaveAttribute(
      'href',
      '/board-report/cases?figure=AVERAGE_LOSS%3AINDIVIDUAL&from=2093-02-01&to=2093-02-28',
    );
    expect(screen.getByRole('link', { name: 'Organisations' })).toHaveAttribute(
      'href',
      '/board-report/cases?figure=AVERAGE_LOSS%3AORGANISATION&from=2093-02-01&to=2093-02-28',
    );
    // A campaign counts its own days, so its crimes are asked for over them, not the page's period.
    expect(screen.getByRole('link', { name: /Romance fraud week/ })).toHaveAttribute(
      'href',
      '/board-report/cases?figure=INTENSIFICATION%3A7&from=2093-02-10&to=2093-02-16&name=Romance%20fraud%20week',
    );
    expect(screen.queryByRole('link', { name: 'Call blockers issued' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Add or correct a campaign' })).toHaveAttribute(
      'href',
      '/board-report/intensification-periods',
    );
  });
});
