import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { todayIso } from '../../../lib/dates';
import {
  changeProgrammeArea,
  getAreaHistory,
  getEvaluation,
  getParticipant,
  leaveBeforeEnrolment,
  listCustodyPeriods,
  listLocalAuthorities,
  listParticipants,
  recordExit,
  recordPathwayStage,
  referParticipant,
} from '../api/recovery';
import { EvaluationPage } from './evaluation-page';
import { ParticipantPage } from './participant-page';
import { ParticipantsPage } from './participants-page';
import { ProgrammeAreasPage } from './programme-areas-page';
import { areaEvaluation, participant, smallAreaEvaluation } from './recovery.fixtures';
import { ReferralFormPage } from './referral-form-page';

vi.mock('../api/recovery', async (original) => ({
  ...(await original<typeof import('../api/recovery')>()),
  referParticipant: vi.fn(),
  listParticipants: vi.fn(),
  getParticipant: vi.fn(),
  recordPathwayStage: vi.fn(),
  recordExit: vi.fn(),
  leaveBeforeEnrolment: vi.fn(),
  listLocalAuthorities: vi.fn(),
  changeProgrammeArea: vi.fn(),
  getAreaHistory: vi.fn(),
  getEvaluation: vi.fn(),
  listCustodyPeriods: vi.fn(),
}));

const session = vi.hoisted(() => ({ roles: [{ id: 'O2R_OFFICER', label: 'O2R officer' }] }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({
    user: { username: 'o2r.officer', displayName: "PC Sam O'Neill", roles: session.roles, teams: [] },
  }),
}));

const as = (role: string) => {
  session.roles = [{ id: role, label: role }];
};

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/recovery/referrals/new" element={<ReferralFormPage />} />
        <Route path="/recovery/participants" element={<ParticipantsPage />} />
        <Route path="/recovery/participants/:reference" element={<ParticipantPage />} />
        <Route path="/recovery/evaluation" element={<EvaluationPage />} />
        <Route path="/admin/programme-areas" element={<ProgrammeAreasPage />} />
      </Routes>
      <Where />
    </MemoryRouter>,
  );
}

async function typeDate(user: UserEvent, group: string, day: string, month: string, year: string) {
  const fieldset = screen.getByRole('group', { name: group });
  await user.type(within(fieldset).getByLabelText('Day'), day);
  await user.type(within(fieldset).getByLabelText('Month'), month);
  await user.type(within(fieldset).getByLabelText('Year'), year);
}

const summaryLinks = () =>
  within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);

const AREAS = [
  {
    id: 'birmingham',
    name: 'Birmingham',
    status: 'PILOT' as const,
    pilotFrom: '2021-01-01',
    liveFrom: null,
    liveToday: false,
    takingReferralsToday: true,
    o2rTeam: 'o2r-birmingham',
    drugServiceTeam: 'cgl-birmingham',
    source: '2024 board paper (seed 000), paragraph 35',
  },
  {
    id: 'coventry',
    name: 'Coventry',
    status: 'NOT_STARTED' as const,
    pilotFrom: null,
    liveFrom: null,
    liveToday: false,
    takingReferralsToday: false,
    o2rTeam: 'o2r-coventry',
    drugServiceTeam: 'cgl-coventry',
    source: null,
  },
];

beforeEach(() => {
  vi.resetAllMocks();
  as('O2R_OFFICER');
  vi.mocked(listLocalAuthorities).mockResolvedValue(AREAS);
  vi.mocked(listCustodyPeriods).mockResolvedValue([]);
});

describe('ReferralFormPage', () => {
  it('lists every missing answer in a focused error summary linking to its field, and sends nothing', async () => {
    const user = userEvent.setup();
    renderAt('/recovery/referrals/new');
    await screen.findByRole('option', { name: 'Coventry (not yet live)' });

    await user.click(screen.getByRole('button', { name: 'Make the referral' }));

    expect(screen.getByRole('heading', { name: 'There is a problem' }).closest('.govuk-error-summary')).toHaveFocus();
    expect(summaryLinks()).toEqual([
      ["Enter the person's name", '#name'],
      ["Enter the person's date of birth", '#dateOfBirth-day'],
      ['Choose the local authority area the person lives in', '#localAuthority'],
      ['Choose the substance misuse indicated', '#substanceMisuse'],
      ['Choose the referral source', '#referralSource'],
    ]);
    expect(screen.getByLabelText('Full name')).toHaveAccessibleDescription(
      expect.stringContaining("Enter the person's name"),
    );
    expect(referParticipant).not.toHaveBeenCalled();
  });

  it('refers an eligible person with the keyboard and shows the reference and status', async () => {
    vi.mocked(referParticipant).mockResolvedValue({
      reference: 'O2R-000043',
      status: 'AWAITING_ASSESSMENT',
      ineligibilityReasons: [],
    });
    const user = userEvent.setup();
    renderAt('/recovery/referrals/new');
    await screen.findByRole('option', { name: 'Birmingham (pilot)' });

    await user.type(screen.getByLabelText('Full name'), 'Ryan Cole');
    await typeDate(user, 'Date of birth', '3', '2', '1990');
    await user.selectOptions(screen.getByLabelText('Local authority area the person lives in'), 'birmingham');
    await typeDate(user, 'Date of offence 1', '1', '9', '2026');
    await user.type(screen.getByLabelText('Value stolen in offence 1, in pounds'), '45.50');
    await user.type(screen.getByLabelText('Retailer in offence 1 (optional)'), 'Boots');
    await user.click(screen.getByRole('button', { name: 'Add another offence' }));
    await typeDate(user, 'Date of offence 2', '8', '9', '2026');
    await user.type(screen.getByLabelText('Value stolen in offence 2, in pounds'), '0');
    await user.click(screen.getByLabelText('Drugs and alcohol'));
    await user.type(screen.getByLabelText('Estimated weekly drug spend, in pounds (optional)'), '200');
    await user.click(screen.getByLabelText('Custody arrest referral'));
    await user.type(screen.getByLabelText('Notes (optional)'), 'Seen in custody');
    screen.getByRole('button', { name: 'Make the referral' }).focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByTestId('referral-outcome')).toHaveTextContent('O2R-000043');
    expect(screen.getByTestId('referral-status')).toHaveTextContent('Awaiting joint assessment');
    expect(screen.getByRole('link', { name: 'View the participant' })).toHaveAttribute(
      'href',
      '/recovery/participants/O2R-000043',
    );
    expect(referParticipant).toHaveBeenCalledWith({
      name: 'Ryan Cole',
      dateOfBirth: '1990-02-03',
      pncId: undefined,
      localAuthority: 'birmingham',
      referralSource: 'CUSTODY_ARREST_REFERRAL',
      substanceMisuse: 'BOTH',
      weeklyDrugSpendGbp: 200,
      offences: [
        { offenceDate: '2026-09-01', valueStolenGbp: 45.5, retailer: 'Boots' },
        { offenceDate: '2026-09-08', valueStolenGbp: 0, retailer: null },
      ],
      notes: 'Seen in custody',
    });
  });

  it('says in words why an ineligible referral was refused', async () => {
    vi.mocked(referParticipant).mockResolvedValue({
      reference: 'O2R-000044',
      status: 'INELIGIBLE',
      ineligibilityReasons: ['AREA_NOT_LIVE', 'TOO_FEW_SHOP_THEFT_OFFENCES'],
    });
    const user = userEvent.setup();
    renderAt('/recovery/referrals/new');
    await screen.findByRole('option', { name: 'Coventry (not yet live)' });
    await user.type(screen.getByLabelText('Full name'), 'Ryan Cole');
    await typeDate(user, 'Date of birth', '3', '2', '1990');
    await user.selectOptions(screen.getByLabelText('Local authority area the person lives in'), 'coventry');
    await user.click(screen.getByRole('button', { name: 'Remove offence 1' }));
    await user.click(screen.getByLabelText('Drugs'));
    await user.click(screen.getByLabelText('Police officer'));
    await user.click(screen.getByRole('button', { name: 'Make the referral' }));

    expect(await screen.findByTestId('referral-status')).toHaveTextContent('Not eligible');
    const reasons = within(screen.getByTestId('ineligibility-reasons'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(reasons).toEqual([
      'The local authority area is not yet live on the programme',
      'Too few shop theft offences in the 12 months before the referral',
    ]);
    expect(vi.mocked(referParticipant).mock.calls[0][0].offences).toEqual([]);
  });

  it('shows the server’s field errors, an offence’s date linking to its day box', async () => {
    vi.mocked(referParticipant).mockRejectedValue(
      new ApiError(400, 'Some answers need correcting', [
        { field: 'offences[0].offenceDate', message: 'The offence date cannot be in the future' },
      ]),
    );
    const user = userEvent.setup();
    renderAt('/recovery/referrals/new');
    await screen.findByRole('option', { name: 'Birmingham (pilot)' });
    await user.type(screen.getByLabelText('Full name'), 'Ryan Cole');
    await typeDate(user, 'Date of birth', '3', '2', '1990');
    await user.selectOptions(screen.getByLabelText('Local authority area the person lives in'), 'birmingham');
    await typeDate(user, 'Date of offence 1', '1', '9', '2026');
    await user.type(screen.getByLabelText('Value stolen in offence 1, in pounds'), '10');
    await user.click(screen.getByLabelText('Drugs'));
    await user.click(screen.getByLabelText('Probation'));
    await user.click(screen.getByRole('button', { name: 'Make the referral' }));

    await screen.findByRole('alert');
    expect(summaryLinks()).toEqual([['The offence date cannot be in the future', '#offences-0-offenceDate-day']]);
    expect(screen.getByRole('group', { name: 'Date of offence 1' })).toHaveAccessibleDescription(
      expect.stringContaining('The offence date cannot be in the future'),
    );
  });

  it('tells anyone but an O2R officer that they cannot refer', () => {
    as('DRUG_REFERRAL_WORKER');
    renderAt('/recovery/referrals/new');
    expect(screen.getByRole('heading', { name: 'You cannot make referrals' })).toBeInTheDocument();
  });
});

describe('ParticipantsPage', () => {
  it('lists the participants the server gives, linking to each, and filters by status and name', async () => {
    vi.mocked(listParticipants).mockResolvedValue({
      participants: [
        {
          reference: 'O2R-000042',
          name: 'Lee Harrison',
          dateOfBirth: '1988-05-14',
          localAuthority: 'birmingham',
          status: 'ENROLLED',
          referralDate: '2026-09-01',
          enrolmentDate: '2026-09-10',
        },
        {
          reference: 'O2R-000040',
          name: 'Shane Mulligan',
          dateOfBirth: '1979-01-02',
          localAuthority: 'birmingham',
          status: 'EXITED',
          referralDate: '2026-01-05',
          exitReason: 'CUSTODY',
        },
      ],
      page: 0,
      size: 25,
    });
    const user = userEvent.setup();
    renderAt('/recovery/participants');

    const table = await screen.findByTestId('participants-table');
    const lee = within(table).getByRole('row', { name: /Lee Harrison/ });
    expect(within(lee).getByRole('link', { name: 'Lee Harrison' })).toHaveAttribute(
      'href',
      '/recovery/participants/O2R-000042',
    );
    expect(lee).toHaveTextContent('Birmingham');
    expect(lee).toHaveTextContent('Enrolled');
    expect(within(table).getByRole('row', { name: /Shane Mulligan/ })).toHaveTextContent('Exited Custody');
    expect(listParticipants).toHaveBeenCalledWith({ status: '', q: '', page: 0, size: 25 });

    await user.selectOptions(screen.getByLabelText('Status'), 'ENROLLED');
    await user.type(screen.getByLabelText('Search participants'), 'Lee{Enter}');
    expect(screen.getByTestId('where')).toHaveTextContent('/recovery/participants?status=ENROLLED&q=Lee');
    expect(listParticipants).toHaveBeenLastCalledWith({ status: 'ENROLLED', q: 'Lee', page: 0, size: 25 });
  });
});

describe('ParticipantPage', () => {
  it('shows identity, referral, assessment, enrolment, pathway, reviews and offences', async () => {
    vi.mocked(getParticipant).mockResolvedValue(participant());
    renderAt('/recovery/participants/O2R-000042');

    expect(await screen.findByRole('heading', { level: 1, name: 'Lee Harrison' })).toBeInTheDocument();
    expect(getParticipant).toHaveBeenCalledWith('O2R-000042');
    expect(screen.getByTestId('participant-status')).toHaveTextContent('Enrolled');
    expect(screen.getByTestId('identity')).toHaveTextContent('08/123456A');
    expect(screen.getByTestId('referral')).toHaveTextContent('Custody arrest referral');
    expect(screen.getByTestId('referral')).toHaveTextContent('£350.00');
    expect(screen.getByTestId('assessment')).toHaveTextContent('Consents to information sharingYes');
    expect(screen.getByTestId('enrolment')).toHaveTextContent('Key workerdrug.worker');
    expect(screen.getByTestId('pathway-stages')).toHaveTextContent(
      'Prescribing, 10 Sept 2026: Long-acting injectable buprenorphine',
    );
    expect(screen.getByTestId('review-1')).toHaveTextContent('Stable on prescription');
    expect(screen.getByTestId('review-1')).toHaveTextContent('Continue on the programme: Engaging well otherwise');
    expect(screen.getByTestId('review-2')).toHaveTextContent('Missed');
    expect(within(screen.getByTestId('offences')).getAllByRole('row')).toHaveLength(3);
  });

  it('shows no treatment notes heading when the server leaves them out (officers)', async () => {
    const p = participant();
    vi.mocked(getParticipant).mockResolvedValue({
      ...p,
      reviews: p.reviews.map((r) => ({ ...r, treatmentNotes: undefined })),
    });
    renderAt('/recovery/participants/O2R-000042');
    await screen.findByTestId('review-1');
    expect(screen.queryByText('Treatment notes')).not.toBeInTheDocument();
  });

  it('says in words that another area’s participant is refused', async () => {
    as('DRUG_REFERRAL_WORKER');
    vi.mocked(getParticipant).mockRejectedValue(new ApiError(403, 'Forbidden'));
    renderAt('/recovery/participants/O2R-000042');

    expect(await screen.findByRole('heading', { name: 'You cannot see this participant' })).toBeInTheDocument();
    expect(screen.getByTestId('participant-problem')).toHaveTextContent('not in an area you work in');
    expect(screen.queryByText('Lee Harrison')).not.toBeInTheDocument();
  });

  it('says when there is no such participant', async () => {
    vi.mocked(getParticipant).mockRejectedValue(new ApiError(404, 'There is no participant O2R-999999'));
    renderAt('/recovery/participants/O2R-999999');
    expect(await screen.findByRole('heading', { name: 'Participant not found' })).toBeInTheDocument();
  });

  it('records a pathway stage: errors first, then the stage, and reads the participant again', async () => {
    as('DRUG_REFERRAL_WORKER');
    vi.mocked(getParticipant).mockResolvedValue(participant());
    vi.mocked(recordPathwayStage).mockResolvedValue(undefined);
    const user = userEvent.setup();
    renderAt('/recovery/participants/O2R-000042');

    await user.click(await screen.findByText('Record a pathway stage', { selector: 'span' }));
    const form = screen.getByTestId('pathway-stage-form');
    await user.click(within(form).getByLabelText('Early discharge from residential rehab'));
    await user.click(within(form).getByRole('button', { name: 'Record the stage' }));
    expect(summaryLinks()).toEqual([
      ['Enter the date of the stage', '#stageDate-day'],
      ['Choose why the participant was discharged early', '#dischargeReason'],
    ]);
    expect(recordPathwayStage).not.toHaveBeenCalled();

    await user.selectOptions(within(form).getByLabelText('Why the participant was discharged early'), 'BEHAVIOUR');
    await typeDate(user, 'Date of the stage', '1', '11', '2026');
    await user.click(within(form).getByRole('button', { name: 'Record the stage' }));

    expect(await screen.findByText('Pathway stage recorded')).toBeInTheDocument();
    expect(recordPathwayStage).toHaveBeenCalledWith('O2R-000042', {
      stage: 'REHAB_EARLY_DISCHARGE',
      stageDate: '2026-11-01',
      medication: null,
      dischargeReason: 'BEHAVIOUR',
      notes: null,
    });
    expect(getParticipant).toHaveBeenCalledTimes(2);
  });

  it('records an exit and shows the server’s refusal in words', async () => {
    vi.mocked(getParticipant).mockResolvedValue(participant());
    vi.mocked(recordExit).mockRejectedValueOnce(
      new ApiError(400, 'Some answers need correcting', [
        { field: 'exitDate', message: 'The exit date cannot be before the enrolment date' },
      ]),
    );
    vi.mocked(recordExit).mockResolvedValueOnce(undefined);
    const user = userEvent.setup();
    renderAt('/recovery/participants/O2R-000042');

    await user.click(await screen.findByText('Record an exit', { selector: 'span' }));
    const form = screen.getByTestId('exit-form');
    await user.click(within(form).getByLabelText('Custody'));
    await typeDate(user, 'Exit date', '1', '1', '2026');
    await user.click(within(form).getByRole('button', { name: 'Record the exit' }));
    expect(
      await screen.findByRole('link', { name: 'The exit date cannot be before the enrolment date' }),
    ).toHaveAttribute('href', '#exitDate-day');

    await user.click(within(form).getByRole('button', { name: 'Record the exit' }));
    expect(await screen.findByText('Exit recorded')).toBeInTheDocument();
    expect(recordExit).toHaveBeenLastCalledWith('O2R-000042', {
      reason: 'CUSTODY',
      exitDate: '2026-01-01',
      notes: null,
    });
  });

  it('records that a person awaiting assessment left before enrolment, and shows why once they have', async () => {
    vi.mocked(getParticipant).mockResolvedValue(participant({ status: 'AWAITING_ASSESSMENT', enrolment: null }));
    vi.mocked(leaveBeforeEnrolment).mockResolvedValueOnce(undefined);
    const user = userEvent.setup();
    renderAt('/recovery/participants/O2R-000042');

    await user.click(await screen.findByText('Left before enrolment', { selector: 'span' }));
    const form = screen.getByTestId('left-before-enrolment-form');
    await user.click(within(form).getByRole('button', { name: 'Record that they left' }));
    expect(leaveBeforeEnrolment).not.toHaveBeenCalled();
    await user.click(within(form).getByLabelText('Moved away'));
    await typeDate(user, 'Date', '2', '1', '2026');
    await user.click(within(form).getByRole('button', { name: 'Record that they left' }));

    expect(await screen.findByText('Recorded as left before enrolment')).toBeInTheDocument();
    expect(leaveBeforeEnrolment).toHaveBeenCalledWith('O2R-000042', {
      reason: 'MOVED_AWAY',
      date: '2026-01-02',
      notes: null,
    });
  });

  it('shows why a person left before enrolment', async () => {
    vi.mocked(getParticipant).mockResolvedValue(
      participant({
        status: 'LEFT_BEFORE_ENROLMENT',
        enrolment: null,
        leftBeforeEnrolment: { reason: 'NOT_ELIGIBLE_AFTER_ASSESSMENT', date: '2026-10-20', notes: 'No drug use' },
      }),
    );
    renderAt('/recovery/participants/O2R-000042');

    const left = await screen.findByTestId('left-before-enrolment');
    expect(left).toHaveTextContent('Not eligible after the joint assessment on');
    expect(left).toHaveTextContent('No drug use');
    expect(screen.queryByTestId('left-before-enrolment-form')).not.toBeInTheDocument();
  });

  it('offers neither form once the participant has exited, and shows the exit and follow-ups', async () => {
    vi.mocked(getParticipant).mockResolvedValue(
      participant({
        status: 'EXITED',
        exit: { reason: 'CUSTODY', exitDate: '2026-10-20', notes: 'Remanded' },
        followUps: [{ id: 1, months: 3, dueDate: '2027-01-20' }],
      }),
    );
    renderAt('/recovery/participants/O2R-000042');
    expect(await screen.findByTestId('exit')).toHaveTextContent('Custody on 20 Oct 2026');
    expect(screen.getByTestId('follow-ups')).toHaveTextContent('3 months');
    expect(screen.queryByTestId('exit-form')).not.toBeInTheDocument();
    expect(screen.queryByText('Record a pathway stage')).not.toBeInTheDocument();
  });
});

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
      '3 monthsfewer than 5fewer than 50',
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
