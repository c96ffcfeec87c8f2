import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { SuccessBanner } from '../../../components/notification-banner';
import { Pagination } from '../../../components/pagination';
import { Select } from '../../../components/select';
import { ApiError } from '../../../lib/api-client';
import { pageCount, showingRange } from '../../../lib/pagination';
import { useApiData } from '../../../lib/use-api-data';
import { useSession } from '../../../lib/session-context';
import type { TeamMembership } from '../../../api/session';
import { listNfibFraudTypes, listTeamMembers, type TeamMember } from '../../../api/reference';
import { assignTask, listReadyToAllocate, type TaskSummary } from '../../../api/tasks';
import { QueueNavigation, queueTabs, READY_TO_ALLOCATE } from './queue-navigation';
import { CaseReferenceCell, DueCell, Missing, SubjectCell, TaskNameCell } from './task-cells';
import { countOf, formatLoss, priorityLabel } from '../../../lib/task-labels';
import { PAGE_SIZE } from './task-list-view';
import { useTaskList } from './use-task-list';
import { TableHead } from '../../../components/table-head';

const inWords = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback);

/** The team whose members a task can go to: the first of its teams the user supervises. */
export function allocatingTeam(task: TaskSummary, teams: TeamMembership[]): string | undefined {
  return task.teams.find((id) => teams.some((t) => t.teamId === id && t.supervisor));
}

/** Members of each team, fetched once per team. */
function useTeamMembers(teamIds: string[]) {
  const key = [...new Set(teamIds)].sort().join(',');
  const [members, setMembers] = useState<Record<string, TeamMember[]>>({});
  useEffect(() => {
    let current = true;
    const ids = key ? key.split(',') : [];
    Promise.all(ids.map((id) => listTeamMembers(id).then((m) => [id, m] as const)))
      .then((entries) => current && setMembers(Object.fromEntries(entries)))
      .catch(() => current && setMembers({}));
    return () => {
      current = false;
    };
  }, [key]);
  return members;
}

/** Triaged cases waiting for an officer, across the teams the supervisor supervises, each assigned from its row. */
export function ReadyToAllocatePage() {
  const { user } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const requested = Number(params.get('page'));
  const page = Number.isInteger(requested) && requested >= 1 ? requested : 1;
  const load = useCallback(() => listReadyToAllocate(page - 1, PAGE_SIZE), [page]);
  const { queues, list, loading, error: loadError, announcement, refresh } = useTaskList(load);
  const fraudTypes = useApiData(listNfibFraudTypes);
  const teams = useMemo(() => user?.teams ?? [], [user]);
  const members = useTeamMembers((list?.tasks ?? []).flatMap((t) => allocatingTeam(t, teams) ?? []));
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const [messagesFor, setMessagesFor] = useState(location.key);
  if (messagesFor !== location.key) {
    setMessagesFor(location.key);
    setNotice(null);
    setErrors([]);
    setRowErrors({});
  }

  if (!user) return null;
  if (!teams.some((t) => t.supervisor)) {
    return (
      <>
        <span className="govuk-caption-l">Tasks</span>
        <h1 className="govuk-heading-l">Ready to allocate</h1>
        <p className="govuk-body">Only supervisors allocate triaged cases, and you do not supervise a team.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/tasks">
            Go to your tasks
          </Link>
        </p>
      </>
    );
  }
  const total = list?.total ?? 0;
  const fraudTypeName = (code?: string | null) =>
    code ? (fraudTypes.data?.find((t) => t.code === code)?.name ?? code) : undefined;
  const selectId = (task: TaskSummary) => `assign-${task.id}`;

  async function assign(event: FormEvent, task: TaskSummary) {
    event.preventDefault();
    const assignee = chosen[task.id] ?? '';
    const what = `${task.name} for ${task.caseReference}`;
    if (!assignee) {
      const message = `Choose an officer for ${what}`;
      setNotice(null);
      setErrors([{ field: selectId(task), message }]);
      setRowErrors({ [task.id]: message });
      return;
    }
    setBusy(true);
    try {
      await assignTask(task.id, assignee);
      const name =
        members[allocatingTeam(task, teams) ?? '']?.find((m) => m.username === assignee)?.displayName ?? assignee;
      setNotice(`${what} assigned to ${name}`);
      setErrors([]);
      setRowErrors({});
    } catch (e) {
      const message =
        e instanceof ApiError && e.fieldErrors.length > 0
          ? e.fieldErrors[0].message
          : inWords(e, 'The task could not be assigned; try again');
      setNotice(null);
      setErrors([{ field: e instanceof ApiError && e.status === 400 ? selectId(task) : undefined, message }]);
      setRowErrors(e instanceof ApiError && e.status === 400 ? { [task.id]: message } : {});
    }
    await refresh();
    setBusy(false);
  }

  return (
    <>
      <span className="govuk-caption-l">Tasks</span>
      <h1 className="govuk-heading-l">Ready to allocate</h1>
      <QueueNavigation tabs={queueTabs(teams, queues)} current={READY_TO_ALLOCATE} supervisor />
      <ErrorSummary errors={errors} />
      <SuccessBanner message={notice} focusOnShow />
      <div className="govuk-visually-hidden" aria-live="polite" data-testid="list-updates">
        {announcement}
      </div>
      <p className="govuk-body">
        Triaged cases waiting for an officer in the teams you supervise, highest priority first. Choose an officer for
        each and assign it.
      </p>

      {loadError && (
        <p className="govuk-body govuk-error-colour" data-testid="task-list-problem">
          {loadError}
        </p>
      )}
      {!list && !loadError && <p className="govuk-body">Loading tasks…</p>}
      {list && (
        <>
          <table
            className="govuk-table app-task-table"
            data-testid="ready-to-allocate-table"
            data-view={location.search}
            aria-busy={loading}
          >
            <caption className="govuk-table__caption govuk-table__caption--m">
              Ready to allocate ({countOf(total)})
            </caption>
            <TableHead
              columns={[
                'Case reference',
                'Task',
                'Subject',
                'Fraud type',
                { label: 'Loss', numeric: true },
                'Priority',
                'Due',
                'Assign to',
              ]}
            />
            <tbody className="govuk-table__body">
              {list.tasks.length === 0 && (
                <tr className="govuk-table__row">
                  <td className="govuk-table__cell" colSpan={8}>
                    No triaged cases are waiting for an officer.
                  </td>
                </tr>
              )}
              {list.tasks.map((task) => {
                const team = allocatingTeam(task, teams);
                const rowError = rowErrors[task.id];
                return (
                  <tr className="govuk-table__row" key={task.id}>
                    <CaseReferenceCell task={task} />
                    <TaskNameCell task={task} from="/tasks/ready-to-allocate" />
                    <SubjectCell task={task} />
                    <td className="govuk-table__cell">
                      {fraudTypeName(task.fraudType) ?? <Missing words="Not known" />}
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      {task.lossGbp === undefined || task.lossGbp === null ? (
                        <Missing words="Not known" />
                      ) : (
                        formatLoss(task.lossGbp)
                      )}
                    </td>
                    <td className="govuk-table__cell">{priorityLabel(task.priority)}</td>
                    <DueCell task={task} />
                    <td className="govuk-table__cell app-assign">
                      <form onSubmit={(e) => assign(e, task)} noValidate>
                        <Select
                          id={selectId(task)}
                          label={`Officer for ${task.name}, ${task.caseReference}`}
                          labelHidden
                          placeholder="Choose an officer"
                          error={rowError}
                          value={chosen[task.id] ?? ''}
                          onChange={(value) => setChosen((c) => ({ ...c, [task.id]: value }))}
                          options={(members[team ?? ''] ?? []).map((m) => ({
                            value: m.username,
                            label: m.displayName,
                          }))}
                        />
                        <button
                          type="submit"
                          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                          disabled={busy}
                        >
                          Assign
                          <span className="govuk-visually-hidden">
                            {' '}
                            {task.name} for {task.caseReference}
                          </span>
                        </button>
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="govuk-body govuk-!-margin-bottom-2">{showingRange(page, PAGE_SIZE, total)}</p>
          <Pagination
            page={page}
            pages={pageCount(total, PAGE_SIZE)}
            hrefFor={(p) => `/tasks/ready-to-allocate?page=${p}`}
          />
        </>
      )}
    </>
  );
}
