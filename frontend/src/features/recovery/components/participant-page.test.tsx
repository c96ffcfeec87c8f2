import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { getParticipant, leaveBeforeEnrolment, recordDeath, recordExit, recordPathwayStage } from '../api/recovery';
import { participant } from './recovery.fixtures';
import { as } from './recovery-pages.mocks';
import { renderAt, resetRecoveryPages, summaryLinks, typeDate } from './recovery-pages.support';

vi.mock('../api/recovery', async (original) => ({
  ...(await original<typeof import('../api/recovery')>()),
  ...(await import('./recovery-pages.mocks')).recoveryApiStubs(),
}));
vi.mock('../../../lib/session-context', () => import('./recovery-pages.mocks'));

beforeEach(resetRecoveryPages);

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

  it('records a death after exit, checking the date first, and says the planned follow-ups are cancelled', async () => {
    vi.mocked(getParticipant).mockResolvedValue(
      participant({
        status: 'EXITED',
        exit: { reason: 'CUSTODY', exitDate: '2026-10-20', notes: null },
        followUps: [{ id: 1, months: 3, dueDate: '2027-01-20' }],
      }),
    );
    vi.mocked(recordDeath).mockResolvedValueOnce(undefined);
    const user = userEvent.setup();
    renderAt('/recovery/participants/O2R-000042');

    await user.click(await screen.findByText('Record a death', { selector: 'span' }));
    const form = screen.getByTestId('death-form');
    await user.click(within(form).getByRole('button', { name: 'Record the death' }));
    expect(await screen.findByRole('link', { name: 'Enter the date of death' })).toHaveAttribute('href', '#diedOn-day');
    expect(recordDeath).not.toHaveBeenCalled();

    await typeDate(user, 'Date of death', '2', '11', '2026');
    await user.click(within(form).getByRole('button', { name: 'Record the death' }));
    expect(await screen.findByText('Death recorded: the follow-ups still planned are cancelled')).toBeInTheDocument();
    expect(recordDeath).toHaveBeenCalledWith('O2R-000042', { diedOn: '2026-11-02', notes: null });
  });

  it('offers no death form while the participant is enrolled, or once a death is recorded', async () => {
    vi.mocked(getParticipant).mockResolvedValue(
      participant({
        status: 'EXITED',
        exit: { reason: 'DIED', exitDate: '2026-10-20', notes: null },
        diedOn: '2026-10-20',
      }),
    );
    renderAt('/recovery/participants/O2R-000042');
    expect(await screen.findByTestId('exit')).toHaveTextContent('Died20 Oct 2026');
    expect(screen.queryByText('Record a death')).not.toBeInTheDocument();
  });
});
