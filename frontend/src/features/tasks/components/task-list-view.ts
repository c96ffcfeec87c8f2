// What the task list shows — queue, filters, sort and page — kept in the URL's query string so a
// view can be bookmarked and shared. Anything in the URL that is not a valid value is dropped.

import type { TaskPage, TaskType } from '../../../api/tasks';

export const MY_TASKS = 'mine';
export const PAGE_SIZE = 25;

export const DUE_STATES = ['OVERDUE', 'TODAY', 'NEXT_7_DAYS', 'NONE'] as const;
export type DueState = (typeof DUE_STATES)[number];

export const SORTS = ['DUE', 'PRIORITY', 'CREATED', 'FOLLOW_UP'] as const;
export type TaskSort = (typeof SORTS)[number];

export const ORDERS = ['ASC', 'DESC'] as const;
export type SortOrder = (typeof ORDERS)[number];

/** Whose tasks of a team queue: anyone's, nobody's yet, or the signed-in user's. */
export const ASSIGNEE_FILTERS = ['none', 'me'] as const;
export type AssigneeFilter = (typeof ASSIGNEE_FILTERS)[number];

export interface TaskFilters {
  process: string;
  taskType: string;
  due: DueState | '';
  /** "DUE": only tasks whose follow-up date is today or earlier */
  followUp: 'DUE' | '';
  area: string;
  assignee: AssigneeFilter | '';
  /** a crime reference or a name */
  q: string;
}

export interface TaskListView extends TaskFilters {
  /** "mine" or a team id */
  queue: string;
  sort: TaskSort;
  order: SortOrder;
  /** counted from 1, as people count pages */
  page: number;
}

export const noFilters: TaskFilters = {
  process: '',
  taskType: '',
  due: '',
  followUp: '',
  area: '',
  assignee: '',
  q: '',
};

export const FOLLOW_UP_DUE_LABEL = 'Follow-up due (today or earlier)';

export const defaultView: TaskListView = { queue: MY_TASKS, ...noFilters, sort: 'DUE', order: 'ASC', page: 1 };

const MAX_TEXT = 100;
const ID = /^[A-Za-z0-9_.:-]{1,100}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  const upper = value?.trim().toUpperCase();
  return values.find((v) => v.toUpperCase() === upper);
}

const id = (value: string | null) => (value && ID.test(value) ? value : '');

/** The view a URL's query string asks for, with defaults for anything missing or not valid. */
export function parseView(params: URLSearchParams): TaskListView {
  const page = Number(params.get('page'));
  return {
    queue: id(params.get('queue')) || MY_TASKS,
    process: id(params.get('process')),
    taskType: id(params.get('taskType')),
    due: oneOf(DUE_STATES, params.get('due')) ?? '',
    followUp: oneOf(['DUE'] as const, params.get('followUp')) ?? '',
    area: id(params.get('area')),
    assignee:
      (oneOf(['NONE', 'ME'] as const, params.get('assignee'))?.toLowerCase() as AssigneeFilter | undefined) ?? '',
    q: (params.get('q') ?? '').trim().slice(0, MAX_TEXT),
    sort: oneOf(SORTS, params.get('sort')) ?? defaultView.sort,
    order: oneOf(ORDERS, params.get('order')) ?? defaultView.order,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The query string for a view: the queue always, everything else only where it differs from the default. */
export function serialiseView(view: TaskListView): URLSearchParams {
  const params = new URLSearchParams({ queue: view.queue });
  (['process', 'taskType', 'due', 'followUp', 'area', 'assignee', 'q'] as const).forEach((name) => {
    if (view[name]) params.set(name, view[name]);
  });
  if (view.sort !== defaultView.sort || view.order !== defaultView.order) {
    params.set('sort', view.sort);
    params.set('order', view.order);
  }
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}

export const viewHref = (view: TaskListView) => `/tasks?${serialiseView(view)}`;

/** The task API's query for a view (its pages count from 0; "me" is the user's username). */
export function toApiQuery(view: TaskListView, username: string, size = PAGE_SIZE): URLSearchParams {
  const params = new URLSearchParams({ queue: view.queue });
  (['process', 'taskType', 'due', 'area', 'q'] as const).forEach((name) => {
    if (view[name]) params.set(name, view[name]);
  });
  if (view.followUp) params.set('followUpDue', 'true');
  if (view.queue !== MY_TASKS && view.assignee) params.set('assignee', view.assignee === 'me' ? username : 'none');
  params.set('sort', view.sort);
  params.set('order', view.order);
  params.set('page', String(view.page - 1));
  params.set('size', String(size));
  return params;
}

/** What the page knows is valid; anything not yet known is left as the URL says. */
export interface KnownValues {
  queues?: string[];
  types?: TaskType[];
  areas?: string[];
}

/** Drops a queue the user does not work, and filters naming a process, task type or area that does not exist. */
export function restrictToKnown(view: TaskListView, known: KnownValues): TaskListView {
  const restricted = { ...view };
  if (known.queues && !known.queues.includes(view.queue)) restricted.queue = MY_TASKS;
  if (known.types) {
    if (view.process && !known.types.some((t) => t.process === view.process)) restricted.process = '';
    const types = known.types.filter((t) => !restricted.process || t.process === restricted.process);
    if (view.taskType && !types.some((t) => t.taskType === view.taskType)) restricted.taskType = '';
  }
  if (known.areas && view.area && !known.areas.includes(view.area)) restricted.area = '';
  return restricted;
}

/** The view with new filters and sort, from its first page. */
export const applyFilters = (
  view: TaskListView,
  filters: TaskFilters,
  sort: TaskSort,
  order: SortOrder,
): TaskListView => ({
  ...view,
  ...filters,
  sort,
  order,
  page: 1,
});

/** The same queue and order with no filters, from the first page. */
export const clearFilters = (view: TaskListView): TaskListView => ({ ...view, ...noFilters, page: 1 });

/** Whether a page fetched again holds a task the one before did not: new work to announce. */
export function hasNewWork(before: TaskPage | null, after: TaskPage): boolean {
  if (!before) return false;
  const seen = new Set(before.tasks.map((t) => t.id));
  return after.tasks.some((t) => !seen.has(t.id));
}

/** Sort and order together, as the one "Sort by" choice offers them. */
export const SORT_CHOICES: { sort: TaskSort; order: SortOrder; label: string }[] = [
  { sort: 'DUE', order: 'ASC', label: 'Due date, soonest first' },
  { sort: 'DUE', order: 'DESC', label: 'Due date, latest first' },
  { sort: 'PRIORITY', order: 'DESC', label: 'Priority, highest first' },
  { sort: 'PRIORITY', order: 'ASC', label: 'Priority, lowest first' },
  { sort: 'CREATED', order: 'DESC', label: 'Created, newest first' },
  { sort: 'CREATED', order: 'ASC', label: 'Created, oldest first' },
  { sort: 'FOLLOW_UP', order: 'ASC', label: 'Follow-up due, soonest first' },
];

export const DUE_STATE_LABELS: Record<DueState, string> = {
  OVERDUE: 'Overdue',
  TODAY: 'Due today',
  NEXT_7_DAYS: 'Due in the next 7 days',
  NONE: 'No due date',
};

/** A column header's sort: pressed again it turns the order round; otherwise it sorts in its natural order first. */
export function sortByColumn(view: TaskListView, sort: TaskSort): TaskListView {
  const natural: SortOrder = sort === 'DUE' || sort === 'FOLLOW_UP' ? 'ASC' : 'DESC';
  const order: SortOrder = view.sort !== sort ? natural : view.order === 'ASC' ? 'DESC' : 'ASC';
  return { ...view, sort, order, page: 1 };
}

/** How a column is sorted, as `aria-sort` says it. */
export function ariaSortOf(view: TaskListView, sort: TaskSort): 'ascending' | 'descending' | 'none' {
  if (view.sort !== sort) return 'none';
  return view.order === 'ASC' ? 'ascending' : 'descending';
}

export interface FilterTag {
  /** the kind of filter, e.g. "Policing area" */
  heading: string;
  /** what it is set to, in words */
  label: string;
  /** the view without it */
  without: TaskListView;
}

interface TagNames {
  types: TaskType[];
  /** policing area id → name */
  areaNames: Map<string, string>;
}

const ASSIGNEE_LABELS: Record<AssigneeFilter, string> = { none: 'Unassigned', me: 'Me' };

/** The filters in force, each as a tag that takes it off (MOJ filter's "selected filters"). */
export function filterTags(view: TaskListView, { types, areaNames }: TagNames): FilterTag[] {
  const without = (change: Partial<TaskFilters>): TaskListView => ({ ...view, ...change, page: 1 });
  const tags: FilterTag[] = [];
  if (view.process) {
    const name = types.find((t) => t.process === view.process)?.processName ?? view.process;
    tags.push({ heading: 'Process', label: name, without: without({ process: '', taskType: '' }) });
  }
  if (view.taskType) {
    const name = types.find((t) => t.taskType === view.taskType)?.name ?? view.taskType;
    tags.push({ heading: 'Task type', label: name, without: without({ taskType: '' }) });
  }
  if (view.due) tags.push({ heading: 'Due', label: DUE_STATE_LABELS[view.due], without: without({ due: '' }) });
  if (view.followUp) {
    tags.push({ heading: 'Follow up', label: FOLLOW_UP_DUE_LABEL, without: without({ followUp: '' }) });
  }
  if (view.area) {
    tags.push({
      heading: 'Policing area',
      label: areaNames.get(view.area) ?? view.area,
      without: without({ area: '' }),
    });
  }
  if (view.assignee) {
    tags.push({ heading: 'Assigned to', label: ASSIGNEE_LABELS[view.assignee], without: without({ assignee: '' }) });
  }
  if (view.q) tags.push({ heading: 'Reference or name', label: view.q, without: without({ q: '' }) });
  return tags;
}
