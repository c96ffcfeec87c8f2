// The Offender to Recovery forms on the task page, wired as the app wires them (features do not import one another).
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api-client';
import { listTeamMembers } from '../api/reference';
import { completeTask, getTask } from '../api/tasks';
import { TaskPage } from '../features/tasks/components/task-page';
import { getParticipant } from '../features/recovery/api/recovery';
import { participant, recoveryTask } from '../features/recovery/components/recovery.fixtures';
import { recoveryTaskForms } from '../features/recovery/components/recovery-task-forms';

vi.mock('../features/recovery/api/recovery', () => ({ getParticipant: vi.fn() }));
vi.mock('../api/reference', () => ({ listTeamMembers: vi.fn() }));
vi.mock('../api/tasks', () => import('./task-api.mock').then((m) => m.taskApi()));
vi.mock('../lib/session-context', () => ({
  useSession: () => ({
    user: {
      username: 'drug.worker',
      displayName: 'Alex Reid',
      roles: [{ id: 'DRUG_REFERRAL_WORKER', label: 'Drug referral worker' }],
      teams: [],
    },
  }),
}));

function renderTask(taskType: string, name: string) {
  vi.mocked(getTask).mockResolvedValue(recoveryTask(taskType, name));
  return render(
    <MemoryRouter initialEntries={['/tasks/task-1']}>
      <Routes>
        <Route path="/tasks/:taskId" element={<TaskPage forms={recoveryTaskForms} />} />
        <Route path="/tasks" element={<p>Task list</p>} />
      </Routes>
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

const inGroup = (group: string, label: string) =>
  within(screen.getByRole('group', { name: group })).getByLabelText(label);

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(getParticipant).mockResolvedValue(participant({ status: 'AWAITING_ASSESSMENT' }));
  vi.mocked(completeTask).mockResolvedValue(undefined);
});

describe('O2R tasks', () => {
  it('link to their participant page', async () => {
    renderTask('Task_JointAssessment', 'Joint assessment');
    const header = await screen.findByTestId('task-header');
    expect(within(header).getByRole('link', { name: /O2R-000042/ })).toHaveAttribute(
      'href',
      '/recovery/participants/O2R-000042',
    );
    expect(await screen.findByTestId('task-participant')).toHaveTextContent('Lee Harrison, Awaiting joint assessment');
  });
});

describe('Task_JointAssessment', () => {
  it('asks every question before completing, then hands over the answers as booleans', async () => {
    const user = userEvent.setup();
    renderTask('Task_JointAssessment', 'Joint assessment');
    await user.click(await screen.findByRole('button', { name: 'Save the assessment' }));
    expect(summaryLinks()).toEqual([
      ['Say whether the person is willing to engage', '#willingToEngage'],
      ['Say whether the person consents to treatment', '#consentToTreatment'],
      ['Say whether the person consents to information sharing', '#consentToInformationSharing'],
    ]);
    expect(completeTask).not.toHaveBeenCalled();

    await user.click(inGroup('Is the person willing to engage?', 'Yes'));
    await user.click(inGroup('Does the person consent to treatment?', 'Yes'));
    await user.click(
      inGroup('Does the person consent to information sharing between police and the drug service?', 'No'),
    );
    await user.type(screen.getByLabelText('Assessment notes (optional)'), 'Will not share with police');
    await user.click(screen.getByRole('button', { name: 'Save the assessment' }));

    expect(await screen.findByText('Task list')).toBeInTheDocument();
    expect(completeTask).toHaveBeenCalledWith('task-1', {
      willingToEngage: true,
      consentToTreatment: true,
      consentToInformationSharing: false,
      notes: 'Will not share with police',
    });
  });
});

describe('Task_Enrolment', () => {
  it('offers the area’s drug referral workers as key worker and sends the first stage', async () => {
    vi.mocked(listTeamMembers).mockResolvedValue([
      { username: 'drug.worker', displayName: 'Alex Reid' },
      { username: 'drug.worker.two', displayName: 'Priya Shah' },
    ]);
    const user = userEvent.setup();
    renderTask('Task_Enrolment', 'Enrol participant');

    await user.selectOptions(await screen.findByLabelText('Key worker'), 'drug.worker.two');
    expect(listTeamMembers).toHaveBeenCalledWith('cgl-birmingham');
    await typeDate(user, 'Enrolment date', '2', '11', '2026');
    await user.click(screen.getByLabelText('Prescribing'));
    await user.selectOptions(screen.getByLabelText('What is prescribed'), 'LONG_ACTING_INJECTABLE_BUPRENORPHINE');
    await typeDate(user, 'Date of the stage', '2', '11', '2026');
    await user.click(screen.getByRole('button', { name: 'Enrol the participant' }));

    expect(await screen.findByText('Task list')).toBeInTheDocument();
    expect(completeTask).toHaveBeenCalledWith('task-1', {
      enrolmentDate: '2026-11-02',
      keyWorker: 'drug.worker.two',
      firstStage: {
        stage: 'PRESCRIBING',
        stageDate: '2026-11-02',
        medication: 'LONG_ACTING_INJECTABLE_BUPRENORPHINE',
        dischargeReason: null,
        notes: null,
      },
    });
  });

  it('links the server’s errors on the first stage and key worker to their fields', async () => {
    vi.mocked(listTeamMembers).mockRejectedValue(new ApiError(404, 'There is no such team you can see'));
    vi.mocked(completeTask).mockRejectedValue(
      new ApiError(400, 'Some answers need correcting', [
        { field: 'keyWorker', message: "Choose a drug referral worker of the participant's area" },
        { field: 'firstStage.medication', message: 'Choose what is prescribed' },
      ]),
    );
    const user = userEvent.setup();
    renderTask('Task_Enrolment', 'Enrol participant');

    await user.type(await screen.findByLabelText("Key worker's username"), 'someone.else');
    await typeDate(user, 'Enrolment date', '2', '11', '2026');
    await user.click(screen.getByLabelText('Community treatment'));
    await typeDate(user, 'Date of the stage', '2', '11', '2026');
    await user.click(screen.getByRole('button', { name: 'Enrol the participant' }));

    await screen.findByRole('alert');
    expect(summaryLinks()).toEqual([["Choose a drug referral worker of the participant's area", '#keyWorker']]);
    expect(screen.getByRole('alert')).toHaveTextContent('Choose what is prescribed');
  });
});

describe('Task_ProgrammeReview', () => {
  it('records engagement and treatment notes', async () => {
    const user = userEvent.setup();
    renderTask('Task_ProgrammeReview', 'Programme review: engagement');
    await user.click(await screen.findByRole('button', { name: 'Save the review' }));
    expect(summaryLinks()).toEqual([
      ['Choose whether the participant attended, missed or partly attended', '#engagement'],
    ]);

    await user.click(screen.getByLabelText('Partly attended'));
    await user.type(screen.getByLabelText('Treatment notes (optional)'), 'Left early');
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(completeTask).toHaveBeenCalledWith('task-1', { engagement: 'PARTLY', treatmentNotes: 'Left early' });
  });
});

describe('Task_OffendingReview', () => {
  it('sends an empty list when there are no new offences', async () => {
    const user = userEvent.setup();
    renderTask('Task_OffendingReview', 'Programme review: offending');
    await user.click(await screen.findByRole('button', { name: 'Save the review' }));
    expect(completeTask).toHaveBeenCalledWith('task-1', { newOffences: [] });
  });

  it('checks and sends new offences', async () => {
    const user = userEvent.setup();
    renderTask('Task_OffendingReview', 'Programme review: offending');
    await user.click(await screen.findByRole('button', { name: 'Add an offence' }));
    await user.type(screen.getByLabelText('Value stolen in offence 1, in pounds'), 'lots');
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(summaryLinks()).toEqual([
      ['Enter the date of offence 1', '#newOffences-0-offenceDate-day'],
      ['The value stolen in offence 1 must be an amount in pounds, like 45.50', '#newOffences-0-valueStolenGbp'],
    ]);

    await typeDate(user, 'Date of offence 1', '5', '11', '2026');
    await user.clear(screen.getByLabelText('Value stolen in offence 1, in pounds'));
    await user.type(screen.getByLabelText('Value stolen in offence 1, in pounds'), '£1,200');
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(completeTask).toHaveBeenCalledWith('task-1', {
      newOffences: [{ offenceDate: '2026-11-05', valueStolenGbp: 1200, retailer: null }],
    });
  });
});

describe('Task_ReoffendingDecision', () => {
  it('needs a decision and its reason', async () => {
    const user = userEvent.setup();
    renderTask('Task_ReoffendingDecision', 'Decide on reoffending');
    await user.click(await screen.findByRole('button', { name: 'Save the decision' }));
    expect(summaryLinks()).toEqual([
      ['Choose whether participation continues or ends', '#decision'],
      ['Give the reason for the decision', '#rationale'],
    ]);
    await user.click(screen.getByLabelText('Continue on the programme'));
    await user.type(screen.getByLabelText('Reason for your decision'), 'Otherwise engaging');
    await user.click(screen.getByRole('button', { name: 'Save the decision' }));
    expect(completeTask).toHaveBeenCalledWith('task-1', { decision: 'CONTINUE', rationale: 'Otherwise engaging' });
  });
});

describe('Task_ReEngagement', () => {
  it('records whether the participant re-engaged and what was tried', async () => {
    const user = userEvent.setup();
    renderTask('Task_ReEngagement', 'Re-engage participant');
    await user.click(await screen.findByLabelText('No'));
    await user.type(screen.getByLabelText('What was tried'), 'Three home visits');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(completeTask).toHaveBeenCalledWith('task-1', { reEngaged: false, notes: 'Three home visits' });
  });
});

describe('Task_FollowUp', () => {
  it('asks for offences only once the person has reoffended', async () => {
    const user = userEvent.setup();
    renderTask('Task_FollowUp', 'Follow up after exit');
    await user.click(await screen.findByRole('button', { name: 'Save the follow-up' }));
    expect(summaryLinks()).toEqual([
      ['Say whether the person could be traced', '#result'],
      ['Say whether the person is abstinent', '#abstinent'],
      ['Say whether the person has reoffended', '#reoffended'],
    ]);
    expect(screen.queryByLabelText('Value stolen in offence 1, in pounds')).not.toBeInTheDocument();

    await user.click(inGroup('Could the person be traced?', 'Yes'));
    await user.click(inGroup('Is the person abstinent?', 'No'));
    await user.click(inGroup('Has the person reoffended?', 'Yes'));
    await typeDate(user, 'Date of offence 1', '5', '11', '2026');
    await user.type(screen.getByLabelText('Value stolen in offence 1, in pounds'), '20');
    await user.click(screen.getByRole('button', { name: 'Save the follow-up' }));
    expect(completeTask).toHaveBeenCalledWith('task-1', {
      result: 'FOLLOWED_UP',
      abstinent: false,
      reoffended: true,
      offences: [{ offenceDate: '2026-11-05', valueStolenGbp: 20, retailer: null }],
      notes: null,
    });
  });

  it('records a person not traced without asking about abstinence or reoffending', async () => {
    const user = userEvent.setup();
    renderTask('Task_FollowUp', 'Follow up after exit');
    await screen.findByRole('group', { name: 'Could the person be traced?' });
    await user.click(inGroup('Could the person be traced?', 'No, not traced'));
    expect(screen.queryByRole('group', { name: 'Is the person abstinent?' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/Notes/), 'No fixed address');
    await user.click(screen.getByRole('button', { name: 'Save the follow-up' }));
    expect(completeTask).toHaveBeenCalledWith('task-1', { result: 'NOT_TRACED', notes: 'No fixed address' });
  });
});
