// The Offender to Recovery task forms keep their answers as a draft: restored as left, each change handed on.
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listTeamMembers } from '../../../api/reference';
import { getParticipant } from '../api/recovery';
import { EnrolmentForm } from './enrolment-form';
import { FollowUpForm } from './follow-up-form';
import { participant, recoveryTask } from './recovery.fixtures';

vi.mock('../api/recovery', () => ({ getParticipant: vi.fn() }));
vi.mock('../../../api/reference', () => ({ listTeamMembers: vi.fn() }));

const props = (taskType: string, restored: unknown) => ({
  detail: recoveryTask(taskType, 'A task'),
  errors: [],
  busy: false,
  onSubmit: vi.fn(),
  onDraftChange: vi.fn(),
  restored,
});

beforeEach(() => {
  vi.mocked(getParticipant).mockResolvedValue(participant());
  vi.mocked(listTeamMembers).mockResolvedValue([]);
});

describe('O2R task drafts', () => {
  it('restores a follow-up of someone not traced, and hands over nothing about abstinence', () => {
    const p = props('Task_FollowUp', { result: 'NOT_TRACED', notes: 'No answer at the last known address' });
    render(<FollowUpForm {...p} />);

    expect(screen.getByLabelText('No, not traced')).toBeChecked();
    expect(screen.queryByText('Is the person abstinent?')).not.toBeInTheDocument();
    fireEvent.submit(screen.getByRole('button', { name: 'Save the follow-up' }));
    expect(p.onSubmit).toHaveBeenCalledWith({ result: 'NOT_TRACED', notes: 'No answer at the last known address' }, []);
  });

  it('restores an enrolment’s key worker and keeps each change', async () => {
    const p = props('Task_Enrolment', { keyWorker: 'drug.worker' });
    render(<EnrolmentForm {...p} />);

    const keyWorker = await screen.findByLabelText("Key worker's username");
    expect(keyWorker).toHaveValue('drug.worker');
    fireEvent.change(keyWorker, { target: { value: 'drug.worker2' } });
    expect(p.onDraftChange).toHaveBeenLastCalledWith(expect.objectContaining({ keyWorker: 'drug.worker2' }));
  });
});
