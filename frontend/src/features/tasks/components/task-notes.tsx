// The follow-up date and the comments of one task, on its page.

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { CharacterCount } from '../../../components/character-count';
import { DateInput } from '../../../components/date-input';
import type { ErrorItem } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-client';
import {
  dateProblem,
  emptyDate,
  formatDate,
  formatDateTime,
  toIsoDate,
  todayIso,
  type DateParts,
} from '../../../lib/dates';
import { addTaskComment, listTaskComments, setFollowUp, type TaskComment, type TaskSummary } from '../../../api/tasks';

export const FOLLOW_UP_FIELD = 'followUp';
export const COMMENT_FIELD = 'comment';
/** As the server allows. */
export const MAX_COMMENT_LENGTH = 2000;

/** What is wrong with a follow-up date answer, in the design system's words, or null when it is fine. */
export function followUpProblem(parts: DateParts, today: string = todayIso()): string | null {
  const problem = dateProblem(parts, 'the follow-up date');
  if (problem) return problem;
  return (toIsoDate(parts) ?? '') < today ? 'The follow-up date must be today or in the future' : null;
}

/** Today as a GOV.UK date example reads, e.g. "27 3 2027". */
function exampleDate(): string {
  const [year, month, day] = todayIso().split('-');
  return `${Number(day)} ${Number(month)} ${year}`;
}

/** What is wrong with a comment, or null when it is fine. */
export function commentProblem(text: string): string | null {
  if (!text.trim()) return 'Enter a comment';
  return text.trim().length > MAX_COMMENT_LENGTH
    ? `Comment must be ${MAX_COMMENT_LENGTH.toLocaleString('en-GB')} characters or fewer`
    : null;
}

interface Props {
  task: TaskSummary;
  /** the user may set the follow-up date: they hold the task, or nobody does */
  mayWork: boolean;
  /** errors for the page's summary, each linking to its field here */
  onErrors: (errors: ErrorItem[]) => void;
  /** after a change, so the page reads the task again */
  onChanged: () => void;
}

const messageOf = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback);
const fieldMessage = (e: unknown, field: string) =>
  e instanceof ApiError ? e.fieldErrors.find((f) => f.field === field)?.message : undefined;

/** When to come back to the task, and the comments people have left on it. */
export function TaskNotes({ task, mayWork, onErrors, onChanged }: Props) {
  return (
    <>
      <FollowUp task={task} mayWork={mayWork} onErrors={onErrors} onChanged={onChanged} />
      <Comments taskId={task.id} onErrors={onErrors} onChanged={onChanged} />
    </>
  );
}

function FollowUp({ task, mayWork, onErrors, onChanged }: Props) {
  const [answer, setAnswer] = useState<DateParts>(emptyDate);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [confirmation, setConfirmation] = useState('');

  async function save(followUp: string | null) {
    setBusy(true);
    try {
      await setFollowUp(task.id, followUp);
      setError(undefined);
      onErrors([]);
      setAnswer(emptyDate());
      setConfirmation(followUp ? `Follow-up date set to ${formatDate(followUp)}` : 'Follow-up date cleared');
      onChanged();
    } catch (e) {
      const message = fieldMessage(e, FOLLOW_UP_FIELD);
      setError(message);
      onErrors([
        message
          ? { field: `${FOLLOW_UP_FIELD}-day`, message }
          : { message: messageOf(e, 'The follow-up date could not be saved; try again') },
      ]);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = followUpProblem(answer);
    setError(problem ?? undefined);
    if (problem) {
      onErrors([{ field: `${FOLLOW_UP_FIELD}-day`, message: problem }]);
      return;
    }
    save(toIsoDate(answer));
  }

  return (
    <section aria-labelledby="follow-up-heading" data-testid="task-follow-up">
      <h2 className="govuk-heading-m" id="follow-up-heading">
        Follow up
      </h2>
      <p className="govuk-body" data-testid="follow-up-date">
        {task.followUp ? (
          <>
            Follow up on {formatDate(task.followUp)}
            {task.followUpOverdue && (
              <>
                {' '}
                <strong className="govuk-tag govuk-tag--red">Overdue</strong>
              </>
            )}
          </>
        ) : (
          'No follow-up date set.'
        )}
      </p>
      <div className="govuk-visually-hidden" aria-live="polite">
        {confirmation}
      </div>
      {mayWork && (
        <form onSubmit={submit} noValidate>
          <DateInput
            id={FOLLOW_UP_FIELD}
            legend={task.followUp ? 'Change the follow-up date' : 'When do you want to follow this task up?'}
            hint={`For example, ${exampleDate()}`}
            error={error}
            value={answer}
            onChange={setAnswer}
          />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
              Set follow-up date
            </button>
            {task.followUp && (
              <button type="button" className="app-link-button govuk-link" disabled={busy} onClick={() => save(null)}>
                Clear follow-up date
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

function Comments({ taskId, onErrors, onChanged }: { taskId: string } & Pick<Props, 'onErrors' | 'onChanged'>) {
  const [comments, setComments] = useState<TaskComment[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    () =>
      listTaskComments(taskId)
        .then((c) => {
          setComments(c ?? []);
          setLoadError(null);
        })
        .catch((e) => setLoadError(messageOf(e, 'The comments could not be loaded; try again'))),
    [taskId],
  );

  useEffect(() => {
    load();
  }, [load]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = commentProblem(text);
    setError(problem ?? undefined);
    if (problem) {
      onErrors([{ field: COMMENT_FIELD, message: problem }]);
      return;
    }
    setBusy(true);
    try {
      await addTaskComment(taskId, text.trim());
      setText('');
      onErrors([]);
      await load();
      onChanged();
    } catch (e) {
      const message = fieldMessage(e, COMMENT_FIELD);
      setError(message);
      onErrors([
        message ? { field: COMMENT_FIELD, message } : { message: messageOf(e, 'The comment could not be added') },
      ]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="comments-heading" data-testid="task-comments">
      <h2 className="govuk-heading-m" id="comments-heading">
        Comments
      </h2>
      {loadError && <p className="govuk-body">{loadError}</p>}
      {comments && comments.length === 0 && <p className="govuk-body">There are no comments on this task yet.</p>}
      {comments && comments.length > 0 && (
        <ol className="govuk-list app-task-comments" aria-label="Comments, oldest first">
          {comments.map((comment) => (
            <li key={comment.id} className="app-task-comments__comment">
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                <strong>{comment.author}</strong>, {formatDateTime(comment.left)}
              </p>
              <p className="govuk-body app-task-comments__text">{comment.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={submit} noValidate>
        <CharacterCount
          id={COMMENT_FIELD}
          label="Add a comment"
          labelSize="s"
          hint="Everyone who works this task can read it"
          error={error}
          value={text}
          maxLength={MAX_COMMENT_LENGTH}
          rows={3}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
          Add comment
        </button>
      </form>
    </section>
  );
}
