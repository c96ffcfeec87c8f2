import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { todayIso } from '../../../lib/dates';
import { changeProgrammeArea, getAreaHistory, listLocalAuthorities } from '../api/recovery';
import { getEvaluation } from '../api/evaluation';
import { areaEvaluation, smallAreaEvaluation } from './recovery.fixtures';
import { as } from './recovery-pages.mocks';
import { AREAS, renderAt, resetRecoveryPages, summaryLinks, typeDate } from './recovery-pages.support';

vi.mock('../api/recovery', async (original) => ({
  ...(await original<typeof import('../api/recovery')>()),
  ...(await import('./recovery-pages.mocks')).recoveryApiStubs(),
}));
vi.mock('../api/evaluation', async (original) => ({
  ...(await original<typeof import('../api/evaluation')>()),
  getEvaluation: vi.fn(),
}));
vi.mock('../../../lib/session-context', () => import('./recovery-pages.mocks'));

beforeEach(resetRecoveryPages);

describe('EvaluationPage', () => {
  const evaluation = {
    from: '2025-11-23',
    to: '2026-11-23',
    areas: [
      areaEvaluation(),
      areaEvaluation({
        area: 'coventry',
        name: 'Coventry',
        referrals: 2,
        eligible: 0,
        enrolments: 0,
        rehabAdmissions: 0,
        rehabCompletions: 0,
      }),
    ],
  };

  it('says which totals are rounded to the nearest 5 to protect a withheld count', async () => {
    as('PERFORMANCE_ANALYST');
    vi.mocked(getEvaluation).mockResolvedValue({
      ...evaluation,
      areas: [
        areaEvaluation({
          referrals: 10,
          referralsBySource: { OFFICER: 5, CUSTODY_ARREST_REFERRAL: 5, RETAILER_INTELLIGENCE: null },
          roundedToFive: ['referrals'],
        }),
      ],
    });
    renderAt('/recovery/evaluation?from=2025-11-23&to=2026-11-23');

    const outcomes = await screen.findByRole('table', { name: 'Referrals and outcomes in Birmingham' });
    expect(outcomes).toHaveTextContent('Referralsabout 10 (rounded to the nearest 5)');
    expect(outcomes).toHaveTextContent('Eligible8');
    expect(screen.getByRole('table', { name: 'Referrals by source in Birmingham' })).toHaveTextContent('fewer than 5');
    const funnel = screen.getByRole('table', { name: 'Referral funnel' });
    expect(funnel).toHaveTextContent('Referredabout 10 (rounded to the nearest 5)');
    expect(funnel).toHaveTextContent('Eligible8');
  });

  it('shows the funnel chart with its figures in words, the figures in tables and the CSV link', async () => {
    as('PERFORMANCE_ANALYST');
    vi.mocked(getEvaluation).mockResolvedValue(evaluation);
    renderAt('/recovery/evaluation?from=2025-11-23&to=2026-11-23');

    const chart = await screen.findByRole('table', { name: 'Referral funnel' });
    expect(chart.closest('.app-bar-chart')).toHaveTextContent('Referred: 12; Eligible: 8; Enrolled: 6');
    expect(getEvaluation).toHaveBeenCalledWith({ from: '2025-11-23', to: '2026-11-23' });
    expect(screen.getByRole('table', { name: 'Referral funnel' })).toHaveTextContent('Referred12');
    const birmingham = screen.getByTestId('area-birmingham');
    expect(within(birmingham).getByRole('table', { name: 'Referrals by source in Birmingham' })).toHaveTextContent(
      'Police officer6',
    );
    expect(within(birmingham).getByRole('table', { name: 'Reasons not eligible in Birmingham' })).toHaveTextContent(
      'The local authority area is not yet live on the programme1',
    );
    expect(within(birmingham).getByRole('table', { name: /Engagement per review/ })).toHaveTextContent('75%');
    expect(within(birmingham).getByRole('table', { name: /Shop theft per week/ })).toHaveTextContent(
      'Before enrolment61.50£80.00',
    );
    expect(screen.getByTestId('evaluation-csv')).toHaveAttribute(
      'href',
      '/api/recovery/evaluation.csv?from=2025-11-23&to=2026-11-23',
    );
  });

  it('narrows to one area and period, keeping them in the address and the CSV link', async () => {
    vi.mocked(getEvaluation).mockResolvedValue(evaluation);
    const user = userEvent.setup();
    renderAt('/recovery/evaluation?from=2025-11-23&to=2026-11-23');
    await screen.findByRole('option', { name: 'Coventry' });

    await user.selectOptions(screen.getByLabelText('Local authority area'), 'coventry');
    const from = screen.getByRole('group', { name: 'From' });
    await user.clear(within(from).getByLabelText('Year'));
    await user.type(within(from).getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('button', { name: 'Show figures' }));

    expect(screen.getByTestId('where')).toHaveTextContent(
      '/recovery/evaluation?from=2026-11-23&to=2026-11-23&area=coventry',
    );
    expect(await screen.findByTestId('area-coventry')).toBeInTheDocument();
    expect(screen.queryByTestId('area-birmingham')).not.toBeInTheDocument();
    expect(screen.getByTestId('evaluation-csv')).toHaveAttribute(
      'href',
      '/api/recovery/evaluation.csv?from=2026-11-23&to=2026-11-23&area=coventry',
    );
  });

  it('refuses a period that ends before it starts, in the error summary', async () => {
    vi.mocked(getEvaluation).mockResolvedValue(evaluation);
    const user = userEvent.setup();
    renderAt('/recovery/evaluation?from=2025-11-23&to=2026-11-23');
    await screen.findByTestId('funnel-chart');
    const to = screen.getByRole('group', { name: 'To' });
    await user.clear(within(to).getByLabelText('Year'));
    await user.type(within(to).getByLabelText('Year'), '2024');
    await user.click(screen.getByRole('button', { name: 'Show figures' }));

    expect(summaryLinks()).toEqual([['The end of the period must be on or after its start', '#to-day']]);
  });

  it('gives withheld counts as fewer than 5 and withheld rates as withheld, never null', async () => {
    vi.mocked(getEvaluation).mockResolvedValue({ ...evaluation, areas: [areaEvaluation(), smallAreaEvaluation()] });
    renderAt('/recovery/evaluation?from=2025-11-23&to=2026-11-23');

    const chart = await screen.findByRole('table', { name: 'Referral funnel' });
    expect(
      screen.getByText(
        'To protect people from being identified, counts of 1 to 4 people are shown as ‘fewer than 5’. A total that would give such a count away is rounded to the nearest 5.',
      ),
    ).toBeInTheDocument();
    // Birmingham's 8 eligible and 6 enrolled, and at least 1 more of each in Coventry.
    expect(chart.closest('.app-bar-chart')).toHaveTextContent(
      'Referred: 17; Eligible: at least 9; Enrolled: at least 7; Admitted to rehab: 3; Completed rehab: 2',
    );
    expect(screen.getByRole('table', { name: 'Referral funnel' })).toHaveTextContent(
      'Eligibleat least 9Enrolledat least 7',
    );
    const coventry = screen.getByTestId('area-coventry');
    expect(within(coventry).getByRole('table', { name: 'Referrals and outcomes in Coventry' })).toHaveTextContent(
      'Referrals7Eligiblefewer than 5Not eligiblefewer than 5Declined at assessmentfewer than 5Withdrew consent0Inactivefewer than 5Enrolmentsfewer than 5',
    );
    expect(within(coventry).getByRole('table', { name: 'Reasons not eligible in Coventry' })).toHaveTextContent(
      'Under 18 on the referral datefewer than 5',
    );
    expect(within(coventry).getByRole('table', { name: 'Exits by reason in Coventry' })).toHaveTextContent(
      'Custodyfewer than 5',
    );
    expect(within(coventry).getByRole('table', { name: /Engagement per review/ })).toHaveTextContent(
      'Review 1fewer than 5fewer than 50fewer than 5withheld',
    );
    expect(within(coventry).getByRole('table', { name: /Follow-ups after exit/ })).toHaveTextContent(
      '3 monthsfewer than 5fewer than 50fewer than 5',
    );
    const offending = within(coventry).getByRole('table', {
      name: /Shop theft per week.*\(fewer than 5 participants\)/,
    });
    expect(offending).toHaveTextContent('Before enrolmentfewer than 5withheldwithheld');
    expect(offending).toHaveTextContent('After exit00.00£0.00');
    expect(document.body).not.toHaveTextContent(/null|NaN|undefined/);
  });

  it('gives a withheld step of one area’s funnel in words', async () => {
    vi.mocked(getEvaluation).mockResolvedValue({ ...evaluation, areas: [areaEvaluation(), smallAreaEvaluation()] });
    renderAt('/recovery/evaluation?from=2025-11-23&to=2026-11-23&area=coventry');

    const chart = await screen.findByRole('table', { name: 'Referral funnel' });
    expect(chart.closest('.app-bar-chart')).toHaveTextContent(
      'Referred: 7; Eligible: fewer than 5; Enrolled: fewer than 5; Admitted to rehab: 0; Completed rehab: 0',
    );
    expect(screen.getByRole('table', { name: 'Referral funnel' })).toHaveTextContent(
      'Referred7Eligiblefewer than 5Enrolledfewer than 5',
    );
    expect(screen.queryByTestId('area-birmingham')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/null|NaN|undefined/);
  });

  it('defaults to the twelve months to today', async () => {
    vi.mocked(getEvaluation).mockResolvedValue(evaluation);
    renderAt('/recovery/evaluation');
    await screen.findByTestId('funnel-chart');
    const today = todayIso();
    expect(getEvaluation).toHaveBeenCalledWith({
      from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`,
      to: today,
    });
  });
});

describe('ProgrammeAreasPage', () => {
  const HISTORY = {
    area: AREAS[0],
    changes: [
      {
        changedAt: '2018-01-01T00:00:00Z',
        changedBy: 'board papers',
        status: 'PILOT' as const,
        pilotFrom: '2018-01-01',
        liveFrom: null,
        note: 'Pilot began in Erdington only',
      },
      {
        changedAt: '2021-01-01T00:00:00Z',
        changedBy: 'board papers',
        status: 'PILOT' as const,
        pilotFrom: '2021-01-01',
        liveFrom: null,
        note: 'Pilot across Birmingham',
      },
    ],
  };

  it('lists where each area is on the programme, with where its dates come from', async () => {
    as('ADMINISTRATOR');
    renderAt('/admin/programme-areas');

    const birmingham = await screen.findByTestId('programme-area-birmingham');
    expect(birmingham).toHaveTextContent('Pilot');
    expect(birmingham).toHaveTextContent('1 Jan 2021');
    expect(birmingham).toHaveTextContent('paragraph 35');
    expect(screen.getByTestId('programme-area-coventry')).toHaveTextContent('Not started');
  });

  it("shows an area's history and changes it to a pilot, with the reason", async () => {
    as('ADMINISTRATOR');
    vi.mocked(getAreaHistory).mockResolvedValue({ ...HISTORY, area: AREAS[1], changes: [] });
    vi.mocked(changeProgrammeArea).mockResolvedValue({ ...AREAS[1], status: 'PILOT', pilotFrom: '2026-01-05' });
    const user = userEvent.setup();
    renderAt('/admin/programme-areas');

    const coventry = await screen.findByTestId('programme-area-coventry');
    await user.click(within(coventry).getByRole('button', { name: 'Change Coventry' }));
    expect(await screen.findByText('No changes recorded yet.')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Pilot'));
    await typeDate(user, 'Pilot from', '5', '1', '2026');
    await user.type(screen.getByLabelText('Why it changed (optional)'), 'Board agreed');
    await user.click(screen.getByRole('button', { name: "Save Coventry's place on the programme" }));

    expect(await screen.findByText('Coventry is now recorded as pilot')).toBeInTheDocument();
    expect(changeProgrammeArea).toHaveBeenCalledWith('coventry', {
      status: 'PILOT',
      pilotFrom: '2026-01-05',
      liveFrom: null,
      note: 'Board agreed',
    });
    expect(listLocalAuthorities).toHaveBeenCalledTimes(2);
  });

  it("shows the board papers' history of Birmingham", async () => {
    as('ADMINISTRATOR');
    vi.mocked(getAreaHistory).mockResolvedValue(HISTORY);
    const user = userEvent.setup();
    renderAt('/admin/programme-areas');

    await user.click(await screen.findByRole('button', { name: 'Change Birmingham' }));
    const history = await screen.findByTestId('area-history');
    expect(within(history).getAllByRole('row')).toHaveLength(3);
    expect(history).toHaveTextContent('Pilot began in Erdington only');
    expect(history).toHaveTextContent('Pilot across Birmingham');
    expect(getAreaHistory).toHaveBeenCalledWith('birmingham');
  });

  it('names a date that is not real in the error summary', async () => {
    as('ADMINISTRATOR');
    vi.mocked(getAreaHistory).mockResolvedValue({ ...HISTORY, area: AREAS[1], changes: [] });
    const user = userEvent.setup();
    renderAt('/admin/programme-areas');
    await user.click(await screen.findByRole('button', { name: 'Change Coventry' }));
    await typeDate(user, 'Live from', '31', '2', '2027');
    await user.click(screen.getByRole('button', { name: "Save Coventry's place on the programme" }));

    expect(summaryLinks()).toEqual([
      ['The date Coventry goes live must be a real date, like 27 3 2025', '#liveFrom-day'],
    ]);
    expect(changeProgrammeArea).not.toHaveBeenCalled();
  });

  it("links the service's field errors, such as live before the pilot, to their dates", async () => {
    as('ADMINISTRATOR');
    vi.mocked(getAreaHistory).mockResolvedValue({ ...HISTORY, area: AREAS[1], changes: [] });
    vi.mocked(changeProgrammeArea).mockRejectedValue(
      new ApiError(400, 'The area cannot be saved', [
        { field: 'liveFrom', message: 'The live-from date must be the same as or after the pilot-from date' },
      ]),
    );
    const user = userEvent.setup();
    renderAt('/admin/programme-areas');
    await user.click(await screen.findByRole('button', { name: 'Change Coventry' }));
    await user.click(screen.getByLabelText('Live'));
    await typeDate(user, 'Pilot from', '5', '1', '2025');
    await typeDate(user, 'Live from', '5', '1', '2024');
    await user.click(screen.getByRole('button', { name: "Save Coventry's place on the programme" }));

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(summaryLinks()).toEqual([
      ['The live-from date must be the same as or after the pilot-from date', '#liveFrom-day'],
    ]);
  });

  it('is refused to anyone but administrators', () => {
    renderAt('/admin/programme-areas');
    expect(screen.getByRole('heading', { name: 'You cannot change programme areas' })).toBeInTheDocument();
  });
});
