import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { ApiError, type FieldError } from '../../../lib/api-client';
import { formatDate, formatTime } from '../../../lib/dates';
import { useSession } from '../../../lib/session-context';
import { claimTask, completeTask, getTask, unclaimTask, type NextTask, type TaskDetail } from '../../../api/tasks';
import type { TaskFormDefinition, TaskFormRegistry } from '../../../lib/task-form';
import { casePageHref } from '../../../lib/task-labels';
import { CommunicationNeedsPanel } from './communication-needs-panel';
import { DecisionFactsPanel } from './decision-facts-panel';
import { NextStepPanel } from './next-step-panel';
import { TaskNotes } from './task-notes';
import { useDraftKeeper } from './use-draft-keeper';

/** Where the task list the user came from is, so they go back to the same queue. */
export interface TaskPageState {
  from?: string;
}

/** What the task list shows after a task is completed. */
export interface TaskListNotice {
  notice?: string;
  /** what happens next on the case, when the completion left nothing for this user */
  nextStep?: string;
}

/** A completion that created a task this user may work next on the same case. */
interface HandOn {
  completedName: string;
  caseReference: string;
  next: NextTask;
}

const inWords = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback);

/** Server and client problems by answer name → summary items linking to the fields on the page. */
function toErrorItems(problems: FieldError[], form: TaskFormDefinition | undefined): ErrorItem[] {
  return problems.map(({ field, message }) => {
    const id = form?.fieldId ? form.fieldId(field) : field;
    return { field: id && document.getElementById(id) ? id : undefined, message };
  });
}

/** One task: the case it belongs to, what it is for, claiming it, and the form that completes it. */
export function TaskPage({ forms }: { forms: TaskFormRegistry }) {
  const { taskId = '' } = useParams();
  const { user } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const backTo = (location.state as TaskPageState | null)?.from ?? '/tasks';
  const [detail, setDetail] = useState<TaskDetail | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [confirmingUnclaim, setConfirmingUnclaim] = useState(false);
  const [handOn, setHandOn] = useState<HandOn | null>(null);
  const holding = Boolean(detail && user && detail.task.assignee === user.username);
  const drafts = useDraftKeeper(taskId, holding);

  const load = useCallback(
    () =>
      getTask(taskId)
        .then((d) => {
          setDetail(d);
          setLoadError(null);
        })
        .catch((e) =>
          setLoadError(e instanceof ApiError ? e : new ApiError(0, 'The task could not be loaded; try again')),
        ),
    [taskId],
  );

  useEffect(() => {
    load();
  }, [load]);

  if (loadError) {
    return (
      <>
        <Link to={backTo} className="govuk-back-link">
          Back to tasks
        </Link>
        <h1 className="govuk-heading-l">{loadError.status === 404 ? 'Task not found' : 'Sorry, there is a problem'}</h1>
        <p className="govuk-body" data-testid="task-problem">
          {loadError.message}
        </p>
        <p className="govuk-body">
          <Link to={backTo} className="govuk-link">
            Go back to your tasks
          </Link>
        </p>
      </>
    );
  }
  if (!detail || !user) return <p className="govuk-body">Loading…</p>;

  const { task } = detail;
  const form = forms[task.taskType];
  const mine = task.assignee === user.username;
  const caseHref = casePageHref(task);

  async function act(action: () => Promise<void>, fallback: string) {
    setBusy(true);
    try {
      await action();
      setErrors([]);
    } catch (e) {
      setErrors([{ message: inWords(e, fallback) }]);
    } finally {
      setBusy(false);
      load();
    }
  }

  async function submit(answers: unknown, problems: FieldError[]) {
    if (problems.length > 0) {
      setErrors(toErrorItems(problems, form));
      return;
    }
    setBusy(true);
    try {
      drafts.forget();
      const step = await completeTask(task.id, answers);
      const next = step?.tasks.find((t) => t.yours);
      if (next) {
        setErrors([]);
        setHandOn({ completedName: task.name, caseReference: task.caseReference, next });
        setBusy(false);
        return;
      }
      const state: TaskListNotice = {
        notice: `You completed “${task.name}” for ${task.caseReference}`,
        nextStep: step?.whatHappensNext ?? undefined,
      };
      navigate(backTo, { state });
      return;
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.fieldErrors.length > 0) {
        setErrors(toErrorItems(e.fieldErrors, form));
      } else {
        setErrors([{ message: inWords(e, 'The task could not be completed; try again') }]);
        if (e instanceof ApiError && (e.status === 404 || e.status === 409)) load();
      }
    }
    setBusy(false);
  }

  function unclaim() {
    setConfirmingUnclaim(false);
    drafts.forget();
    act(() => unclaimTask(task.id), 'The task could not be returned to the queue');
  }

  /** Takes the offered task (claiming it unless it is already the user's) and opens it. */
  async function continueTo(next: NextTask) {
    setBusy(true);
    try {
      if (!next.claimed) await claimTask(next.id);
      const state: TaskPageState = { from: backTo };
      setErrors([]);
      setHandOn(null);
      setDetail(null);
      navigate(`/tasks/${encodeURIComponent(next.id)}`, { state });
    } catch (e) {
      setErrors([{ message: inWords(e, 'The next task could not be claimed; try again from your tasks') }]);
    } finally {
      setBusy(false);
    }
  }

  if (handOn) {
    return (
      <>
        <ErrorSummary errors={errors} />
        <NextStepPanel
          completedName={handOn.completedName}
          caseReference={handOn.caseReference}
          next={handOn.next}
          backTo={backTo}
          busy={busy}
          onContinue={() => continueTo(handOn.next)}
        />
      </>
    );
  }

  const FormComponent = form?.component;
  const inlineErrors = errors.filter((e): e is FieldError => e.field !== undefined);

  return (
    <>
      <Link to={backTo} className="govuk-back-link">
        Back to tasks
      </Link>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">{task.caseReference}</span>
      <h1 className="govuk-heading-l">{task.name}</h1>
      <dl className="govuk-summary-list" data-testid="task-header">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Case</dt>
          <dd className="govuk-summary-list__value">
            {caseHref ? (
              <Link className="govuk-link" to={caseHref}>
                {task.caseReference}
                <span className="govuk-visually-hidden"> (view the case)</span>
              </Link>
            ) : (
              task.caseReference
            )}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Due</dt>
          <dd className="govuk-summary-list__value">{formatDate(task.due)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Assigned to</dt>
          <dd className="govuk-summary-list__value" data-testid="task-assignee">
            {task.assigneeName ?? 'Unassigned'}
          </dd>
        </div>
      </dl>
      <DecisionFactsPanel facts={detail.decisionFacts} approvalReason={detail.approvalReason} caseHref={caseHref} />
      {detail.communicationNeeds && <CommunicationNeedsPanel needs={detail.communicationNeeds} />}
      {detail.guidance && <div className="govuk-inset-text">{detail.guidance}</div>}

      {!task.assignee && (
        <>
          <p className="govuk-body">Claim this task to work on it.</p>
          <button
            type="button"
            className="govuk-button"
            data-module="govuk-button"
            disabled={busy}
            onClick={() => act(() => claimTask(task.id), 'The task could not be claimed')}
          >
            Claim task
          </button>
        </>
      )}
      {task.assignee && !mine && (
        <div className="govuk-inset-text">This task is claimed by {task.assigneeName ?? task.assignee}.</div>
      )}
      {mine && drafts.ready && (
        <>
          {drafts.restored && (
            <div className="govuk-inset-text" data-testid="draft-restored">
              Draft restored, saved at {formatTime(drafts.restored.savedAt)}.{' '}
              <button
                type="button"
                className="app-link-button govuk-link"
                disabled={busy}
                onClick={() =>
                  drafts
                    .discard()
                    .catch((e) => setErrors([{ message: inWords(e, 'The draft could not be discarded') }]))
                }
              >
                Discard draft
              </button>
            </div>
          )}
          {FormComponent ? (
            <FormComponent
              key={drafts.formKey}
              detail={detail}
              errors={inlineErrors}
              busy={busy}
              onSubmit={submit}
              restored={drafts.restored?.answers}
              onDraftChange={drafts.onDraftChange}
            />
          ) : (
            <p className="govuk-body">This task cannot be completed here yet.</p>
          )}
          {confirmingUnclaim ? (
            <div data-testid="unclaim-confirmation">
              <div className="govuk-warning-text">
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  You have unsaved answers on this task. Unclaim and discard them?
                </strong>
              </div>
              <div className="govuk-button-group">
                <button type="button" className="govuk-button govuk-button--warning" disabled={busy} onClick={unclaim}>
                  Unclaim and discard answers
                </button>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => setConfirmingUnclaim(false)}
                >
                  Keep working on this task
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              disabled={busy}
              onClick={() => (drafts.hasDraft ? setConfirmingUnclaim(true) : unclaim())}
            >
              Return to the team queue
            </button>
          )}
        </>
      )}
      <TaskNotes task={task} mayWork={mine || !task.assignee} onErrors={setErrors} onChanged={load} />
    </>
  );
}
