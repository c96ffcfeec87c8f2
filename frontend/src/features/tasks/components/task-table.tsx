import { Link } from 'react-router-dom';
import type { TaskSummary } from '../../../api/tasks';
import { SELECT_ALL_ID } from './reassignment';
import { CaseReferenceCell, DueCell, FollowUpCell, Missing, SubjectCell, TaskNameCell } from './task-cells';
import { priorityLabel } from '../../../lib/task-labels';
import { allSelected, type Selection } from './task-selection';
import { ariaSortOf, sortByColumn, type TaskListView, type TaskSort } from './task-list-view';

interface Props {
  caption: string;
  tasks: TaskSummary[];
  /** policing area id → name */
  areaNames: Map<string, string>;
  /** where a task page's back link returns to */
  from: string;
  /** a supervised queue: a checkbox per row for bulk reassignment */
  selection?: {
    selected: Selection;
    onToggle: (id: string) => void;
    onTogglePage: (selected: boolean) => void;
  };
  busy: boolean;
  /** the rows are of the view before, while the new one is fetched */
  loading: boolean;
  /** the query string of the view rendered, so a reader (or a test) can tell a stale table from the new one */
  view: string;
  onClaim: (task: TaskSummary) => void;
  /** the view shown, and where a view's URL is, for the sortable column headers */
  sorting: { view: TaskListView; hrefFor: (view: TaskListView) => string };
}

const SORT_WORDS = { ascending: 'sorted soonest or lowest first', descending: 'sorted latest or highest first' };

/** A column header that sorts the list by its column (MOJ sortable table), the order carried in the URL. */
function SortableHeader({ label, sort, sorting }: { label: string; sort: TaskSort; sorting: Props['sorting'] }) {
  const state = ariaSortOf(sorting.view, sort);
  return (
    <th scope="col" className="govuk-table__header" aria-sort={state}>
      <Link
        className="govuk-link govuk-link--no-visited-state app-sortable-header"
        to={sorting.hrefFor(sortByColumn(sorting.view, sort))}
      >
        {label}
        <span className="govuk-visually-hidden">
          {state === 'none' ? ', sort by this' : `, ${SORT_WORDS[state]}; sort the other way`}
        </span>
      </Link>
    </th>
  );
}

const checkboxId = (task: TaskSummary) => `select-${task.id}`;

/** One page of a queue. */
export function TaskTable({
  caption,
  tasks,
  areaNames,
  from,
  selection,
  busy,
  loading,
  view,
  onClaim,
  sorting,
}: Props) {
  const ids = tasks.map((t) => t.id);
  const columns = selection ? 10 : 9;
  return (
    <table className="govuk-table app-task-table" data-testid="task-table" data-view={view} aria-busy={loading}>
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {selection && (
            <th scope="col" className="govuk-table__header app-task-table__select">
              <div className="govuk-checkboxes govuk-checkboxes--small">
                <div className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    type="checkbox"
                    id={SELECT_ALL_ID}
                    checked={allSelected(selection.selected, ids)}
                    disabled={tasks.length === 0}
                    onChange={(e) => selection.onTogglePage(e.target.checked)}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={SELECT_ALL_ID}>
                    <span className="govuk-visually-hidden">Select all tasks on this page</span>
                  </label>
                </div>
              </div>
            </th>
          )}
          <th scope="col" className="govuk-table__header">
            Task
          </th>
          <th scope="col" className="govuk-table__header">
            Case reference
          </th>
          <th scope="col" className="govuk-table__header">
            Subject
          </th>
          <th scope="col" className="govuk-table__header">
            Policing area
          </th>
          <SortableHeader label="Due" sort="DUE" sorting={sorting} />
          <SortableHeader label="Follow up" sort="FOLLOW_UP" sorting={sorting} />
          <SortableHeader label="Priority" sort="PRIORITY" sorting={sorting} />
          <th scope="col" className="govuk-table__header">
            Assigned to
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {tasks.length === 0 && (
          <tr className="govuk-table__row">
            <td className="govuk-table__cell" colSpan={columns}>
              There are no tasks to show.
            </td>
          </tr>
        )}
        {tasks.map((task) => (
          <tr className="govuk-table__row" key={task.id}>
            {selection && (
              <td className="govuk-table__cell app-task-table__select">
                <div className="govuk-checkboxes govuk-checkboxes--small">
                  <div className="govuk-checkboxes__item">
                    <input
                      className="govuk-checkboxes__input"
                      type="checkbox"
                      id={checkboxId(task)}
                      checked={selection.selected.includes(task.id)}
                      onChange={() => selection.onToggle(task.id)}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={checkboxId(task)}>
                      <span className="govuk-visually-hidden">
                        Select {task.name} for {task.caseReference}
                      </span>
                    </label>
                  </div>
                </div>
              </td>
            )}
            <TaskNameCell task={task} from={from} />
            <CaseReferenceCell task={task} />
            <SubjectCell task={task} />
            <td className="govuk-table__cell" data-label="Policing area">
              {task.policingArea ? (
                (areaNames.get(task.policingArea) ?? task.policingArea)
              ) : (
                <Missing words="No policing area" />
              )}
            </td>
            <DueCell task={task} />
            <FollowUpCell task={task} />
            <td className="govuk-table__cell" data-label="Priority">
              {priorityLabel(task.priority)}
            </td>
            <td className="govuk-table__cell" data-label="Assigned to">
              {task.assigneeName ?? task.assignee ?? 'Unassigned'}
            </td>
            <td className="govuk-table__cell app-task-table__actions">
              {!task.assignee && (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  disabled={busy}
                  onClick={() => onClaim(task)}
                >
                  Claim
                  <span className="govuk-visually-hidden">
                    {' '}
                    {task.name} for {task.caseReference}
                  </span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
