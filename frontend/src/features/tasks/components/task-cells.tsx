// Cells both task tables show alike.

import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/dates';
import type { TaskSummary } from '../../../api/tasks';
import { casePageHref, slaBadge } from '../../../lib/task-labels';
import type { TaskPageState } from './task-page';

/** The task's name, linking to the task page, which links back to the list it came from. */
export function TaskNameCell({ task, from }: { task: TaskSummary; from: string }) {
  return (
    <td className="govuk-table__cell" data-label="Task">
      <Link
        className="govuk-link"
        to={`/tasks/${encodeURIComponent(task.id)}`}
        state={{ from } satisfies TaskPageState}
      >
        {task.name}
        <span className="govuk-visually-hidden"> for {task.caseReference}</span>
      </Link>
    </td>
  );
}

/** Always shown, whoever the user is. */
export function CaseReferenceCell({ task }: { task: TaskSummary }) {
  const href = casePageHref(task);
  return (
    <td className="govuk-table__cell app-task-table__reference" data-label="Case reference">
      {href ? (
        <Link className="govuk-link" to={href}>
          {task.caseReference}
          <span className="govuk-visually-hidden"> (view the case)</span>
        </Link>
      ) : (
        task.caseReference
      )}
    </td>
  );
}

/** The subject's name, or a dash that screen readers hear as "not shown". */
export function SubjectCell({ task }: { task: TaskSummary }) {
  return (
    <td className="govuk-table__cell" data-label="Subject">
      {task.subject ? task.subject : <Missing words="Not shown" />}
    </td>
  );
}

export function DueCell({ task }: { task: TaskSummary }) {
  const badge = slaBadge(task.sla);
  return (
    <td className="govuk-table__cell app-task-table__due" data-label="Due">
      {task.due ? formatDate(task.due) : <Missing words="No due date" />}
      {badge && (
        <>
          {' '}
          <strong className={`${badge.className} app-task-table__sla`}>{badge.label}</strong>
        </>
      )}
    </td>
  );
}

/** The day to come back to the task, tagged once it has passed, and how many comments the task has. */
export function FollowUpCell({ task }: { task: TaskSummary }) {
  const comments = task.comments ?? 0;
  return (
    <td className="govuk-table__cell app-task-table__follow-up" data-label="Follow up">
      {task.followUp ? formatDate(task.followUp) : <Missing words="No follow-up date" />}
      {task.followUpOverdue && (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--red app-task-table__sla">Overdue</strong>
        </>
      )}
      {comments > 0 && (
        <span className="govuk-body-s app-task-table__comments">
          {' '}
          {comments === 1 ? '1 comment' : `${comments} comments`}
        </span>
      )}
    </td>
  );
}

/** A dash for the eye and words for a screen reader, where a cell has nothing to show. */
export function Missing({ words }: { words: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="govuk-visually-hidden">{words}</span>
    </>
  );
}
