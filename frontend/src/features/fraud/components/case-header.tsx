import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/dates';
import type { TaskSummary } from '../../../api/tasks';
import { slaBadge } from '../../../lib/task-labels';

/** The case at a glance: who it concerns, its status, and the tasks it waits at with their SLA badges. */
export function CaseHeader({ subject, status, tasks }: { subject: string; status: string; tasks: TaskSummary[] }) {
  return (
    <div data-testid="case-header">
      <p className="govuk-body-l">
        {subject} <strong className="govuk-tag govuk-tag--grey">{status}</strong>
      </p>
      <h2 className="govuk-heading-s">Current tasks</h2>
      {tasks.length === 0 ? (
        <p className="govuk-body">None: the case is not waiting for anyone.</p>
      ) : (
        <ul className="govuk-list" data-testid="current-tasks">
          {tasks.map((task) => {
            const badge = slaBadge(task.sla);
            return (
              <li key={task.id}>
                <Link className="govuk-link" to={`/tasks/${encodeURIComponent(task.id)}`}>
                  {task.name}
                </Link>
                {' — '}
                {task.assigneeName ?? 'Unassigned'}
                {task.due && <>, due {formatDate(task.due)}</>}
                {badge && (
                  <>
                    {' '}
                    <strong className={badge.className}>{badge.label}</strong>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
