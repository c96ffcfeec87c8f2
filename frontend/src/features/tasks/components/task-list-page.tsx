import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { ErrorSummary } from '../../../components/error-summary';
import { SuccessBanner } from '../../../components/notification-banner';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { useSession } from '../../auth/components/session-context';
import { claimTask, listTasks, type TaskSummary } from '../api/tasks';
import type { TaskListNotice, TaskPageState } from './task-page';

const REFRESH_MS = 15000;

export function TaskListPage() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const queue = params.get('queue') ?? 'mine';
  const [tasks, setTasks] = useState<TaskSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  // A task page that completed a task comes back here with what to say.
  const [notice, setNotice] = useState<string | null>((location.state as TaskListNotice | null)?.notice ?? null);

  const load = useCallback(() => {
    listTasks(queue)
      .then((t) => {
        setTasks(t);
        setError(null);
      })
      .catch((e) => setError(e instanceof ApiError ? e.message : 'The task list could not be loaded'));
  }, [queue]);

  useEffect(() => {
    load();
    const timer = window.setInterval(load, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  async function claim(task: TaskSummary) {
    try {
      await claimTask(task.id);
      setNotice(`You claimed “${task.name}” for ${task.caseReference}`);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The task could not be claimed');
    }
    load();
  }

  if (!user) return null;
  const queues = [{ id: 'mine', name: 'My tasks' }, ...user.teams.map((t) => ({ id: t.teamId, name: t.teamName }))];
  const current = queues.find((q) => q.id === queue) ?? queues[0];

  return (
    <>
      <h1 className="govuk-heading-l">Tasks</h1>
      <nav className="moj-sub-navigation" aria-label="Task queues">
        <ul className="moj-sub-navigation__list">
          {queues.map((q) => (
            <li className="moj-sub-navigation__item" key={q.id}>
              <a
                className="moj-sub-navigation__link"
                aria-current={q.id === current.id ? 'page' : undefined}
                href={`/tasks?queue=${encodeURIComponent(q.id)}`}
                onClick={(e) => {
                  e.preventDefault();
                  setNotice(null);
                  setParams({ queue: q.id });
                }}
              >
                {q.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {error && <ErrorSummary errors={[{ message: error }]} />}
      <SuccessBanner message={notice} />
      <table className="govuk-table" data-testid="task-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          {current.name} ({tasks.length})
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Task</th>
            <th scope="col" className="govuk-table__header">Case reference</th>
            <th scope="col" className="govuk-table__header">Created</th>
            <th scope="col" className="govuk-table__header">Due</th>
            <th scope="col" className="govuk-table__header">Assigned to</th>
            <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {tasks.length === 0 && (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={6}>There are no tasks in this queue.</td>
            </tr>
          )}
          {tasks.map((task) => (
            <tr className="govuk-table__row" key={task.id}>
              <td className="govuk-table__cell">
                <Link
                  className="govuk-link"
                  to={`/tasks/${encodeURIComponent(task.id)}`}
                  state={{ from: `/tasks?queue=${encodeURIComponent(current.id)}` } satisfies TaskPageState}
                >
                  {task.name}<span className="govuk-visually-hidden"> for {task.caseReference}</span>
                </Link>
              </td>
              <td className="govuk-table__cell">{task.caseReference}</td>
              <td className="govuk-table__cell">{formatDate(task.created)}</td>
              <td className="govuk-table__cell">{formatDate(task.due)}</td>
              <td className="govuk-table__cell">{task.assigneeName ?? 'Unassigned'}</td>
              <td className="govuk-table__cell app-task-table__actions">
                {!task.assignee && (
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => claim(task)}>
                    Claim<span className="govuk-visually-hidden"> {task.name} for {task.caseReference}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
