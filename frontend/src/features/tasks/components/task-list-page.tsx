import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { SuccessBanner } from '../../../components/notification-banner';
import { Pagination } from '../../../components/pagination';
import { ApiError } from '../../../lib/api-client';
import { pageCount, showingRange } from '../../../lib/pagination';
import { useApiData } from '../../../lib/use-api-data';
import { useSession } from '../../../lib/session-context';
import { listPolicingAreas, type TeamMember } from '../../../api/reference';
import { claimTask, listTasks, listTaskTypes, reassignTasks, type TaskSummary } from '../../../api/tasks';
import { QueueNavigation, queueTabs } from './queue-navigation';
import { reassignFieldIds, reassignOutcome, reassignProblems } from './reassignment';
import { ReassignControl } from './reassign-control';
import { SavedViews } from './saved-views';
import { SelectedFilters } from './selected-filters';
import { TaskFilters } from './task-filters';
import { TaskTable } from './task-table';
import { countOf } from '../../../lib/task-labels';
import {
  applyFilters,
  clearFilters,
  filterTags,
  parseView,
  restrictToKnown,
  toApiQuery,
  viewHref,
  PAGE_SIZE,
} from './task-list-view';
import type { TaskListNotice } from './task-page';
import { noSelection, selectionReducer } from './task-selection';
import { useTaskList } from './use-task-list';

const inWords = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback);

/** The task list: a queue, filtered, sorted and paged as the URL says, kept up to date by polling. */
export function TaskListPage() {
  const { user } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const types = useApiData(listTaskTypes);
  const areas = useApiData(listPolicingAreas);
  const teams = useMemo(() => user?.teams ?? [], [user]);

  const view = restrictToKnown(parseView(params), {
    queues: ['mine', ...teams.map((t) => t.teamId)],
    types: types.data,
    areas: areas.data?.map((a) => a.id),
  });
  const here = viewHref(view);
  const apiQuery = toApiQuery(view, user?.username ?? '').toString();
  const load = useCallback(() => listTasks(new URLSearchParams(apiQuery)), [apiQuery]);
  const { queues, list, loading, error: loadError, announcement, refresh } = useTaskList(load);

  // A task page that completed a task comes back here with what to say.
  const [notice, setNotice] = useState<string | null>((location.state as TaskListNotice | null)?.notice ?? null);
  const [nextStep, setNextStep] = useState<string | null>((location.state as TaskListNotice | null)?.nextStep ?? null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);
  const [selection, select] = useReducer(selectionReducer, noSelection);

  // Messages belong to the view they were shown on: another queue, filter or page starts clean.
  const [messagesFor, setMessagesFor] = useState(location.key);
  if (messagesFor !== location.key) {
    setMessagesFor(location.key);
    setNotice(null);
    setNextStep(null);
    setErrors([]);
    setFieldErrors({});
  }

  const shownIds = useMemo(() => list?.tasks.map((t) => t.id) ?? [], [list]);
  useEffect(() => select({ type: 'shown', ids: shownIds }), [shownIds]);
  useEffect(() => select({ type: 'clear' }), [apiQuery]);

  const tabs = queueTabs(teams, queues);
  const current = tabs.find((t) => t.id === view.queue) ?? tabs[0];
  const supervisor = teams.some((t) => t.supervisor);
  const areaNames = useMemo(() => new Map((areas.data ?? []).map((a) => [a.id, a.name])), [areas.data]);

  function show(change: {
    notice?: string | null;
    errors?: ErrorItem[];
    fieldErrors?: Record<string, string | undefined>;
  }) {
    setNotice(change.notice ?? null);
    setNextStep(null);
    setErrors(change.errors ?? []);
    setFieldErrors(change.fieldErrors ?? {});
  }

  async function claim(task: TaskSummary) {
    setBusy(true);
    try {
      await claimTask(task.id);
      show({ notice: `You claimed “${task.name}” for ${task.caseReference}` });
    } catch (e) {
      // Someone else got there first (409) or the task has gone (404): say so and show the list as it now is.
      show({ errors: [{ message: inWords(e, 'The task could not be claimed; try again') }] });
    }
    await refresh();
    setBusy(false);
  }

  async function reassign(assignee: string, member: TeamMember | undefined) {
    const problems = reassignProblems(selection, assignee);
    if (problems.length > 0) {
      show({
        errors: problems.map((p) => ({ field: reassignFieldIds[p.field], message: p.message })),
        fieldErrors: Object.fromEntries(problems.map((p) => [p.field, p.message])),
      });
      return;
    }
    setBusy(true);
    try {
      const result = await reassignTasks(
        shownIds.filter((id) => selection.includes(id)),
        assignee,
      );
      const outcome = reassignOutcome(result, member?.displayName ?? assignee, list?.tasks ?? []);
      show({ notice: outcome.notice, errors: outcome.refused });
      select({ type: 'clear' });
    } catch (e) {
      const fields = e instanceof ApiError ? e.fieldErrors : [];
      show({
        errors: fields.length
          ? fields.map((f) => ({ field: reassignFieldIds[f.field], message: f.message }))
          : [{ message: inWords(e, 'The tasks could not be reassigned; try again') }],
        fieldErrors: Object.fromEntries(fields.map((f) => [f.field, f.message])),
      });
    }
    await refresh();
    setBusy(false);
  }

  if (!user) return null;
  const total = list?.total ?? 0;

  return (
    <>
      <h1 className="govuk-heading-l">Tasks</h1>
      <QueueNavigation tabs={tabs} current={current.id} supervisor={supervisor} />
      <ErrorSummary errors={errors} />
      <SuccessBanner message={notice} detail={nextStep} alert={nextStep !== null} focusOnShow />
      <div className="govuk-visually-hidden" aria-live="polite" data-testid="list-updates">
        {announcement}
      </div>

      <SelectedFilters
        tags={filterTags(view, { types: types.data ?? [], areaNames })}
        hrefFor={(tag) => viewHref(tag.without)}
        clearHref={viewHref(clearFilters(view))}
      />

      <SavedViews
        search={location.search}
        onChange={(message) => show({ notice: message })}
        onProblem={(field, message) => show({ errors: [{ field, message }] })}
      />

      <TaskFilters
        view={view}
        types={types.data ?? []}
        areas={areas.data ?? []}
        teamQueue={view.queue !== 'mine'}
        onApply={(filters, sort, order) => navigate(viewHref(applyFilters(view, filters, sort, order)))}
      />

      {loadError && (
        <p className="govuk-body govuk-error-colour" data-testid="task-list-problem">
          {loadError}
        </p>
      )}
      {!list && !loadError && <p className="govuk-body">Loading tasks…</p>}
      {list && (
        <>
          <TaskTable
            caption={`${current.name} (${countOf(total)})`}
            tasks={list.tasks}
            areaNames={areaNames}
            from={here}
            busy={busy}
            loading={loading}
            view={location.search}
            onClaim={claim}
            sorting={{ view, hrefFor: viewHref }}
            selection={
              current.supervised
                ? {
                    selected: selection,
                    onToggle: (id) => select({ type: 'toggle', id }),
                    onTogglePage: (selected) => select({ type: 'page', ids: shownIds, selected }),
                  }
                : undefined
            }
          />
          {current.supervised && (
            <ReassignControl
              key={current.id}
              teamId={current.id}
              teamName={current.name}
              selectedCount={selection.length}
              busy={busy}
              errors={fieldErrors}
              onReassign={reassign}
            />
          )}
          <p className="govuk-body govuk-!-margin-bottom-2" data-testid="showing-range">
            {showingRange(view.page, PAGE_SIZE, total)}
          </p>
          <Pagination
            page={view.page}
            pages={pageCount(total, PAGE_SIZE)}
            hrefFor={(page) => viewHref({ ...view, page })}
          />
        </>
      )}
    </>
  );
}
