// A task's follow-up date and comments on its page: GOV.UK date input and error messages, a thread of comments
// under their authors' names.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { todayIso } from '../../../lib/dates';
import { addTaskComment, listTaskComments, setFollowUp, type TaskSummary } from '../../../api/tasks';
import { FollowUpCell } from './task-cells';
import { commentProblem, followUpProblem, TaskNotes } from './task-notes';

vi.mock('../../../api/tasks', () => ({
  listTaskComments: vi.fn(),
  addTaskComment: vi.fn(),
  setFollowUp: vi.fn(),
}));

const task = (overrides: Partial<TaskSummary> = {}): TaskSummary => ({
  id: 't1',
  name: 'Triage the referral',
  taskType: 'Task_Triage',
  process: 'fraud-triage',
  caseReference: 'NFRC1234',
  created: '2026-12-01T09:00:00Z',
  priority: 50,
  teams: ['ecu-triage'],
  ...overrides,
});

const partsOf = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};
const shift = (iso: string, days: number) => {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

describe('follow-up and comment rules', () => {
  it('asks for a real date, today or later', () => {
    const today = todayIso();
    expect(followUpProblem({ day: '', month: '', year: '' }, today)).toBe('Enter the follow-up date');
    expect(followUpProblem({ day: '30', month: '2', year: '2027' }, today)).toBe(
      'The follow-up date must be a real date, like 27 3 2025',
    );
    expect(followUpProblem(partsOf(shift(today, -1)), today)).toBe('The follow-up date must be today or in the future');
    expect(followUpProblem(partsOf(today), today)).toBeNull();
  });

  it('asks for a comment that is not blank nor too long', () => {
    expect(commentProblem('  ')).toBe('Enter a comment');
    expect(commentProblem('x'.repeat(2001))).toBe('Comment must be 2,000 characters or fewer');
    expect(commentProblem('Called the victim')).toBeNull();
  });
});

describe('TaskNotes', () => {
  beforeEach(() => {
    vi.mocked(listTaskComments).mockReset().mockResolvedValue([]);
    vi.mocked(addTaskComment).mockReset();
    vi.mocked(setFollowUp).mockReset().mockResolvedValue(undefined);
  });

  it('sets a follow-up date typed as day, month and year', async () => {
    const onChanged = vi.fn();
    render(<TaskNotes task={task()} mayWork onErrors={vi.fn()} onChanged={onChanged} />);
    const date = partsOf(shift(todayIso(), 3));
    const group = screen.getByRole('group', { name: /When do you want to follow this task up/ });
    await userEvent.type(within(group).getByLabelText('Day'), date.day);
    await userEvent.type(within(group).getByLabelText('Month'), date.month);
    await userEvent.type(within(group).getByLabelText('Year'), date.year);
    await userEvent.click(screen.getByRole('button', { name: 'Set follow-up date' }));

    expect(setFollowUp).toHaveBeenCalledWith('t1', shift(todayIso(), 3));
    expect(onChanged).toHaveBeenCalled();
  });

  it('says what is wrong with a past date, in the summary and by the field, without saving it', async () => {
    const onErrors = vi.fn();
    render(<TaskNotes task={task()} mayWork onErrors={onErrors} onChanged={vi.fn()} />);
    const date = partsOf(shift(todayIso(), -2));
    await userEvent.type(screen.getByLabelText('Day'), date.day);
    await userEvent.type(screen.getByLabelText('Month'), date.month);
    await userEvent.type(screen.getByLabelText('Year'), date.year);
    await userEvent.click(screen.getByRole('button', { name: 'Set follow-up date' }));

    expect(setFollowUp).not.toHaveBeenCalled();
    expect(onErrors).toHaveBeenLastCalledWith([
      { field: 'followUp-day', message: 'The follow-up date must be today or in the future' },
    ]);
    expect(screen.getByText('The follow-up date must be today or in the future', { exact: false })).toBeVisible();
  });

  it('shows the date and an Overdue tag, but no form to someone who may not work the task', () => {
    render(
      <TaskNotes
        task={task({ followUp: '2026-01-05', followUpOverdue: true, assignee: 'someone' })}
        mayWork={false}
        onErrors={vi.fn()}
        onChanged={vi.fn()}
      />,
    );
    expect(screen.getByTestId('follow-up-date')).toHaveTextContent('Follow up on 5 Jan 2026 Overdue');
    expect(screen.queryByRole('button', { name: 'Set follow-up date' })).toBeNull();
  });

  it('lists comments under their authors names and adds one', async () => {
    vi.mocked(listTaskComments)
      .mockResolvedValueOnce([
        { id: 'c1', text: 'Victim prefers calls after 5pm', author: 'Sam Patel', left: '2026-12-01T10:15:00Z' },
      ])
      .mockResolvedValue([
        { id: 'c1', text: 'Victim prefers calls after 5pm', author: 'Sam Patel', left: '2026-12-01T10:15:00Z' },
        { id: 'c2', text: 'Left a voicemail', author: 'Jo Bennett', left: '2026-12-02T16:00:00Z' },
      ]);
    vi.mocked(addTaskComment).mockResolvedValue({
      id: 'c2',
      text: 'Left a voicemail',
      author: 'Jo Bennett',
      left: '2026-12-02T16:00:00Z',
    });
    render(<TaskNotes task={task()} mayWork onErrors={vi.fn()} onChanged={vi.fn()} />);

    const thread = await screen.findByRole('list', { name: 'Comments, oldest first' });
    expect(within(thread).getByText('Sam Patel')).toBeVisible();
    await userEvent.type(screen.getByLabelText('Add a comment'), 'Left a voicemail');
    await userEvent.click(screen.getByRole('button', { name: 'Add comment' }));

    expect(addTaskComment).toHaveBeenCalledWith('t1', 'Left a voicemail');
    expect(await screen.findByText('Jo Bennett')).toBeVisible();
    expect(screen.getByLabelText('Add a comment')).toHaveValue('');
  });

  it('shows the server refusing a comment by the field', async () => {
    vi.mocked(addTaskComment).mockRejectedValue(
      new ApiError(400, 'Enter a comment', [{ field: 'comment', message: 'Enter a comment' }]),
    );
    const onErrors = vi.fn();
    render(<TaskNotes task={task()} mayWork onErrors={onErrors} onChanged={vi.fn()} />);
    await userEvent.type(screen.getByLabelText('Add a comment'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(onErrors).toHaveBeenLastCalledWith([{ field: 'comment', message: 'Enter a comment' }]);
  });
});

describe('FollowUpCell', () => {
  it('shows the follow-up date, Overdue once past, and the comment count', () => {
    render(
      <table>
        <tbody>
          <tr>
            <FollowUpCell task={task({ followUp: '2026-01-05', followUpOverdue: true, comments: 2 })} />
          </tr>
        </tbody>
      </table>,
    );
    expect(screen.getByRole('cell')).toHaveTextContent('5 Jan 2026 Overdue 2 comments');
  });

  it('says there is no follow-up date to a screen reader', () => {
    render(
      <table>
        <tbody>
          <tr>
            <FollowUpCell task={task()} />
          </tr>
        </tbody>
      </table>,
    );
    expect(screen.getByRole('cell')).toHaveTextContent('No follow-up date');
  });
});
