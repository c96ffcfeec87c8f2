import { useCallback } from 'react';
import { Radios } from '../../../components/radios';
import { Select } from '../../../components/select';
import { Textarea } from '../../../components/textarea';

import { useApiData } from '../../../lib/use-api-data';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { getBreachReview } from '../api/sla';
import {
  ACTION_MAX,
  breachReviewAnswers,
  CAUSES,
  emptyBreachReview,
  validateBreachReview,
  type BreachReviewDraft,
} from './breach-review-answers';
import { teamLabel } from './sla-words';
import { formatDateTime } from '../../../lib/dates';

/** Task_BreachReview: why a service level was breached, whether that was justified, and what was done. */
export function BreachReviewForm(props: TaskFormProps) {
  const { detail, errors, busy } = props;
  const { draft, set, submit } = useTaskDraft<BreachReviewDraft>(
    props,
    emptyBreachReview,
    breachReviewAnswers,
    validateBreachReview,
  );
  const taskId = detail.task.id;
  const load = useCallback(() => getBreachReview(taskId), [taskId]);
  const { data: breach, error } = useApiData(load);

  return (
    <>
      {error && <p className="govuk-body">{error}</p>}
      {breach && (
        <dl className="govuk-summary-list" data-testid="breach-summary">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Service level</dt>
            <dd className="govuk-summary-list__value">{breach.slaName}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Team</dt>
            <dd className="govuk-summary-list__value">{teamLabel(breach)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Started</dt>
            <dd className="govuk-summary-list__value">{formatDateTime(breach.startedAt)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Was due</dt>
            <dd className="govuk-summary-list__value">{formatDateTime(breach.dueAt)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">The late work</dt>
            <dd className="govuk-summary-list__value">{breach.lateWorkOpen ? 'Still to be done' : 'Done late'}</dd>
          </div>
        </dl>
      )}
      <form onSubmit={submit} noValidate>
        <Radios
          name="cause"
          legend="What caused the breach?"
          error={errorFor(errors, 'cause')}
          value={draft.cause}
          onChange={(cause) => set({ cause: cause as BreachReviewDraft['cause'] })}
          options={CAUSES}
        />
        <Radios
          name="justified"
          legend="Was the breach justified?"
          inline
          error={errorFor(errors, 'justified')}
          value={draft.justified}
          onChange={(justified) => set({ justified: justified as BreachReviewDraft['justified'] })}
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
        />
        <Textarea
          id="actionTaken"
          label="What action have you taken?"
          labelSize="m"
          hint="For example, work moved between officers, or advice given"
          error={errorFor(errors, 'actionTaken')}
          maxLength={ACTION_MAX}
          value={draft.actionTaken}
          onChange={(e) => set({ actionTaken: e.target.value })}
        />
        {breach && breach.lateWorkOpen && breach.reassignableTo.length > 0 && (
          <Select
            id="reassignTo"
            label="Give the late work to (optional)"
            hint="Leave empty to keep it where it is"
            placeholder="Keep it where it is"
            error={errorFor(errors, 'reassignTo')}
            options={breach.reassignableTo.map((m) => ({ value: m.username, label: m.displayName }))}
            value={draft.reassignTo}
            onChange={(reassignTo) => set({ reassignTo })}
          />
        )}
        <button
          type="submit"
          className="govuk-button"
          data-module="govuk-button"
          disabled={busy}
          aria-disabled={busy || undefined}
        >
          Save review
        </button>
      </form>
    </>
  );
}
