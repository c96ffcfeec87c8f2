import { describe, expect, it } from 'vitest';
import type { TaskPage, TaskSummary, TaskType } from '../../../api/tasks';
import {
  applyFilters,
  clearFilters,
  ariaSortOf,
  defaultView,
  filterTags,
  hasNewWork,
  parseView,
  restrictToKnown,
  serialiseView,
  sortByColumn,
  toApiQuery,
  type TaskListView,
} from './task-list-view';

const parse = (query: string) => parseView(new URLSearchParams(query));

const types: TaskType[] = [
  { process: 'fraud-triage', processName: 'Fraud triage', taskType: 'Task_Triage', name: 'Triage dissemination' },
  {
    process: 'fraud-triage',
    processName: 'Fraud triage',
    taskType: 'Task_InvestigationPlan',
    name: 'Write investigation plan',
  },
  {
    process: 'monthly-outcome-return',
    processName: 'Monthly outcome return',
    taskType: 'Task_ApproveReturn',
    name: 'Approve return',
  },
];

const page = (...ids: string[]): TaskPage => ({
  tasks: ids.map((id) => ({ id }) as TaskSummary),
  total: ids.length,
  page: 0,
  size: 25,
});

describe('parseView', () => {
  it('gives my tasks by due date, soonest first, from page 1 when the URL says nothing', () => {
    expect(parse('')).toEqual(defaultView);
  });

  it('restores every part of a view from its URL', () => {
    expect(
      parse(
        'queue=ecu-triage&process=fraud-triage&taskType=Task_Triage&due=OVERDUE&followUp=DUE&area=coventry&assignee=none&q=NFRC1&sort=PRIORITY&order=DESC&page=3',
      ),
    ).toEqual({
      queue: 'ecu-triage',
      process: 'fraud-triage',
      taskType: 'Task_Triage',
      due: 'OVERDUE',
      followUp: 'DUE',
      area: 'coventry',
      assignee: 'none',
      q: 'NFRC1',
      sort: 'PRIORITY',
      order: 'DESC',
      page: 3,
    });
  });

  it('reads enum values whatever their case', () => {
    expect(parse('due=next_7_days&sort=created&order=desc&assignee=ME')).toMatchObject({
      due: 'NEXT_7_DAYS',
      sort: 'CREATED',
      order: 'DESC',
      assignee: 'me',
    });
  });

  it('drops values that are not valid and keeps the defaults instead', () => {
    expect(parse('queue=<script>&due=SOMETIME&sort=NAME&order=UP&page=-2&assignee=ecu.officer2&area=a%20b')).toEqual(
      defaultView,
    );
    expect(parse('page=2.5').page).toBe(1);
    expect(parse('page=abc').page).toBe(1);
  });

  it('trims the search text and keeps at most 100 characters of it', () => {
    expect(parse('q=%20%20Hedy%20%20').q).toBe('Hedy');
    expect(parse(`q=${'x'.repeat(150)}`).q).toHaveLength(100);
  });
});

describe('serialiseView', () => {
  it('writes the queue always and everything else only where it is not the default', () => {
    expect(serialiseView(defaultView).toString()).toBe('queue=mine');
    expect(serialiseView({ ...defaultView, queue: 'ecu-triage', q: 'Hedy Lamarr', page: 2 }).toString()).toBe(
      'queue=ecu-triage&q=Hedy+Lamarr&page=2',
    );
  });

  it('writes sort and order together once either differs from the default', () => {
    expect(serialiseView({ ...defaultView, order: 'DESC' }).toString()).toBe('queue=mine&sort=DUE&order=DESC');
  });

  it('gives back the same view when its URL is read again', () => {
    const view: TaskListView = {
      queue: 'ecu-investigations',
      process: 'fraud-triage',
      taskType: 'Task_InvestigationPlan',
      due: 'TODAY',
      followUp: 'DUE',
      area: 'birmingham-east',
      assignee: 'me',
      q: 'NFRC 24/01',
      sort: 'CREATED',
      order: 'ASC',
      page: 4,
    };
    expect(parseView(serialiseView(view))).toEqual(view);
  });
});

describe('toApiQuery', () => {
  it('asks for tasks whose follow-up has come, sorted by follow-up date', () => {
    expect(toApiQuery({ ...defaultView, followUp: 'DUE', sort: 'FOLLOW_UP' }, 'ecu.officer').get('followUpDue')).toBe(
      'true',
    );
    expect(parseView(new URLSearchParams('followUp=due&sort=follow_up'))).toMatchObject({
      followUp: 'DUE',
      sort: 'FOLLOW_UP',
    });
  });

  it('asks the API for the 0-based page, with the sort and the page size', () => {
    expect(toApiQuery({ ...defaultView, page: 2 }, 'ecu.officer').toString()).toBe(
      'queue=mine&sort=DUE&order=ASC&page=1&size=25',
    );
  });

  it('turns "me" into the username and "none" into unclaimed, on team queues only', () => {
    expect(toApiQuery({ ...defaultView, queue: 'ecu-triage', assignee: 'me' }, 'ecu.officer').get('assignee')).toBe(
      'ecu.officer',
    );
    expect(toApiQuery({ ...defaultView, queue: 'ecu-triage', assignee: 'none' }, 'ecu.officer').get('assignee')).toBe(
      'none',
    );
    expect(toApiQuery({ ...defaultView, assignee: 'none' }, 'ecu.officer').has('assignee')).toBe(false);
  });

  it('passes the filters the view has and leaves out the rest', () => {
    const query = toApiQuery({ ...defaultView, queue: 'ecu-triage', due: 'OVERDUE', q: 'NFRC1' }, 'ecu.officer');
    expect(query.get('due')).toBe('OVERDUE');
    expect(query.get('q')).toBe('NFRC1');
    expect(query.has('area')).toBe(false);
    expect(query.has('process')).toBe(false);
  });
});

describe('restrictToKnown', () => {
  it('falls back to my tasks for a queue the user does not work', () => {
    expect(restrictToKnown({ ...defaultView, queue: 'ecvcu' }, { queues: ['mine', 'ecu-triage'] }).queue).toBe('mine');
    expect(restrictToKnown({ ...defaultView, queue: 'ecu-triage' }, { queues: ['mine', 'ecu-triage'] }).queue).toBe(
      'ecu-triage',
    );
  });

  it('drops a process, task type or area that does not exist, once they are known', () => {
    const view = { ...defaultView, process: 'no-such', taskType: 'Task_Nothing', area: 'atlantis' };
    expect(restrictToKnown(view, {})).toEqual(view);
    expect(restrictToKnown(view, { types, areas: ['coventry'] })).toEqual(defaultView);
  });

  it('drops a task type of another process than the one chosen', () => {
    const view = { ...defaultView, process: 'monthly-outcome-return', taskType: 'Task_Triage' };
    expect(restrictToKnown(view, { types })).toMatchObject({ process: 'monthly-outcome-return', taskType: '' });
  });
});

describe('applying and clearing filters', () => {
  it('starts again from page 1 with the new filters and sort', () => {
    const view = { ...defaultView, queue: 'ecu-triage', page: 5 };
    const filters = {
      process: '',
      taskType: '',
      due: 'OVERDUE' as const,
      followUp: '' as const,
      area: '',
      assignee: '' as const,
      q: 'Hedy',
    };
    expect(applyFilters(view, filters, 'PRIORITY', 'DESC')).toEqual({
      ...view,
      ...filters,
      sort: 'PRIORITY',
      order: 'DESC',
      page: 1,
    });
  });

  it('keeps the queue and the order when clearing the filters', () => {
    const view: TaskListView = {
      ...defaultView,
      queue: 'ecu-triage',
      due: 'OVERDUE',
      q: 'x',
      sort: 'CREATED',
      order: 'DESC',
      page: 3,
    };
    expect(clearFilters(view)).toEqual({ ...defaultView, queue: 'ecu-triage', sort: 'CREATED', order: 'DESC' });
    expect(filterTags(view, names)).toHaveLength(2);
    expect(filterTags(clearFilters(view), names)).toEqual([]);
  });
});

const names = {
  types: [{ process: 'fraud-triage', processName: 'Fraud triage', taskType: 'Task_Triage', name: 'Triage' }],
  areaNames: new Map([['coventry', 'Coventry']]),
};

describe('filterTags', () => {
  it('names each filter in force in words, and each tag takes only its own filter off, from the first page', () => {
    const view = {
      ...defaultView,
      queue: 'ecu-triage',
      process: 'fraud-triage',
      taskType: 'Task_Triage',
      area: 'coventry',
      assignee: 'none' as const,
      due: 'OVERDUE' as const,
      page: 4,
    };
    const tags = filterTags(view, names);
    expect(tags.map((t) => `${t.heading}: ${t.label}`)).toEqual([
      'Process: Fraud triage',
      'Task type: Triage',
      'Due: Overdue',
      'Policing area: Coventry',
      'Assigned to: Unassigned',
    ]);
    const area = tags.find((t) => t.heading === 'Policing area')!.without;
    expect(area).toEqual({ ...view, area: '', page: 1 });
    // A task type belongs to its process: taking the process off takes its task type too.
    expect(tags[0].without).toMatchObject({ process: '', taskType: '', area: 'coventry' });
  });
});

describe('sortByColumn', () => {
  it('sorts by due date soonest first and priority highest first, and turns the order round when pressed again', () => {
    const byDue = sortByColumn({ ...defaultView, sort: 'PRIORITY', order: 'DESC', page: 3 }, 'DUE');
    expect(byDue).toMatchObject({ sort: 'DUE', order: 'ASC', page: 1 });
    expect(sortByColumn(byDue, 'DUE')).toMatchObject({ sort: 'DUE', order: 'DESC' });
    expect(sortByColumn(byDue, 'PRIORITY')).toMatchObject({ sort: 'PRIORITY', order: 'DESC' });
    expect(ariaSortOf(byDue, 'DUE')).toBe('ascending');
    expect(ariaSortOf(byDue, 'PRIORITY')).toBe('none');
  });
});

describe('hasNewWork', () => {
  it('is true only when a task appears that the list did not show before', () => {
    expect(hasNewWork(page('a', 'b'), page('a', 'b', 'c'))).toBe(true);
    expect(hasNewWork(page('a', 'b'), page('b'))).toBe(false);
    expect(hasNewWork(page('a'), page('a'))).toBe(false);
    expect(hasNewWork(null, page('a'))).toBe(false);
  });
});
