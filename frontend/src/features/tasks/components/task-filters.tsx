import { useState, type FormEvent } from 'react';
import { Select } from '../../../components/select';
import { TextInput } from '../../../components/text-input';
import type { PolicingArea } from '../../../api/reference';
import type { TaskType } from '../../../api/tasks';
import {
  DUE_STATE_LABELS,
  DUE_STATES,
  FOLLOW_UP_DUE_LABEL,
  SORT_CHOICES,
  serialiseView,
  type AssigneeFilter,
  type DueState,
  type SortOrder,
  type TaskFilters as Filters,
  type TaskListView,
  type TaskSort,
} from './task-list-view';

interface Props {
  /** the view shown */
  view: TaskListView;
  types: TaskType[];
  areas: PolicingArea[];
  /** team queues can be narrowed to unclaimed tasks or the user's own */
  teamQueue: boolean;
  onApply: (filters: Filters, sort: TaskSort, order: SortOrder) => void;
}

const sortValue = (sort: TaskSort, order: SortOrder) => `${sort}-${order}`;

const filtersOf = ({ process, taskType, due, followUp, area, assignee, q }: TaskListView): Filters => ({
  process,
  taskType,
  due,
  followUp,
  area,
  assignee,
  q,
});

/** The filter panel: nothing changes until "Apply filters", so moving through it never reloads the list. */
export function TaskFilters({ view, types, areas, teamQueue, onApply }: Props) {
  const [draft, setDraft] = useState<Filters>(() => filtersOf(view));
  const [sort, setSort] = useState(sortValue(view.sort, view.order));

  // The URL can change under the form (back button, a selected filter taken off): show what it now says. The
  // form itself stays, so focus stays on "Apply filters" after applying.
  const shown = serialiseView({ ...view, page: 1 }).toString();
  const [syncedWith, setSyncedWith] = useState(shown);
  if (syncedWith !== shown) {
    setSyncedWith(shown);
    setDraft(filtersOf(view));
    setSort(sortValue(view.sort, view.order));
  }
  const set = (change: Partial<Filters>) => setDraft((d) => ({ ...d, ...change }));

  const processes = [...new Map(types.map((t) => [t.process, t.processName])).entries()];
  const taskTypes = types.filter((t) => !draft.process || t.process === draft.process);

  function submit(event: FormEvent) {
    event.preventDefault();
    const choice = SORT_CHOICES.find((c) => sortValue(c.sort, c.order) === sort) ?? SORT_CHOICES[0];
    onApply({ ...draft, q: draft.q.trim() }, choice.sort, choice.order);
  }

  return (
    <form
      className="app-task-filters"
      onSubmit={submit}
      role="search"
      aria-labelledby="task-filters-heading"
      noValidate
    >
      <h2 className="govuk-heading-s" id="task-filters-heading">
        Filter and sort
      </h2>
      <div className="app-task-filters__fields">
        <TextInput
          id="q"
          label="Crime reference or name"
          value={draft.q}
          maxLength={100}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => set({ q: e.target.value })}
        />
        <Select
          id="process"
          label="Process"
          placeholder="All processes"
          value={draft.process}
          onChange={(process) =>
            set({
              process,
              taskType: types.some((t) => t.process === process && t.taskType === draft.taskType) ? draft.taskType : '',
            })
          }
          options={processes.map(([value, label]) => ({ value, label }))}
        />
        <Select
          id="taskType"
          label="Task type"
          placeholder="All task types"
          value={draft.taskType}
          onChange={(taskType) => set({ taskType })}
          options={taskTypes.map((t) => ({
            value: t.taskType,
            label: t.name,
            group: draft.process ? undefined : t.processName,
          }))}
        />
        <Select
          id="due"
          label="Due"
          placeholder="Any due date"
          value={draft.due}
          onChange={(due) => set({ due: due as DueState | '' })}
          options={DUE_STATES.map((value) => ({ value, label: DUE_STATE_LABELS[value] }))}
        />
        <Select
          id="followUp"
          label="Follow up"
          placeholder="Any follow-up date"
          value={draft.followUp}
          onChange={(followUp) => set({ followUp: followUp === 'DUE' ? 'DUE' : '' })}
          options={[{ value: 'DUE', label: FOLLOW_UP_DUE_LABEL }]}
        />
        <Select
          id="area"
          label="Policing area"
          placeholder="All policing areas"
          value={draft.area}
          onChange={(area) => set({ area })}
          options={areas.map((a) => ({ value: a.id, label: a.name }))}
        />
        {teamQueue && (
          <Select
            id="assignee"
            label="Assigned to"
            placeholder="Anyone"
            value={draft.assignee}
            onChange={(assignee) => set({ assignee: assignee as AssigneeFilter | '' })}
            options={[
              { value: 'none', label: 'Unassigned' },
              { value: 'me', label: 'Me' },
            ]}
          />
        )}
        <Select
          id="sort"
          label="Sort by"
          value={sort}
          onChange={setSort}
          options={SORT_CHOICES.map((c) => ({ value: sortValue(c.sort, c.order), label: c.label }))}
        />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button">
          Apply filters
        </button>
      </div>
    </form>
  );
}
