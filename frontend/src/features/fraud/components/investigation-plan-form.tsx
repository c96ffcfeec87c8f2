import { useRef } from 'react';
import { DateInput } from '../../../components/date-input';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import { emptyDate } from '../../../lib/dates';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { planAnswers, validatePlan, type PlanActionDraft, type PlanDraft } from './fraud-task-answers';
import { SubmitButton } from '../../../components/submit-button';

const emptyAction = (): PlanActionDraft => ({ description: '', owner: '', dueDate: emptyDate() });

/** The element id of an action's answer, e.g. actions-0-owner. */
export const actionFieldId = (index: number, name: string) => `actions-${index}-${name}`;

/** Task_InvestigationPlan: further lines of enquiry and the actions, each with an owner and a date. */
export function InvestigationPlanForm(props: TaskFormProps) {
  const {
    draft,
    update: setDraft,
    error,
    submit,
  } = useTaskDraft<PlanDraft>(
    props,
    () => ({ additionalLinesOfEnquiry: '', actions: [emptyAction()] }),
    planAnswers,
    validatePlan,
  );
  // Stable keys so removing a row does not move typed text between rows; a restored draft brings its rows.
  const keys = useRef<number[]>(draft.actions.map((_, i) => i));
  const nextKey = useRef(draft.actions.length);

  function updateAction(index: number, change: Partial<PlanActionDraft>) {
    setDraft((d) => ({ ...d, actions: d.actions.map((a, i) => (i === index ? { ...a, ...change } : a)) }));
  }

  function addAction() {
    keys.current = [...keys.current, nextKey.current++];
    setDraft((d) => ({ ...d, actions: [...d.actions, emptyAction()] }));
    // Move focus to the new row's first field once it is rendered.
    const index = draft.actions.length;
    window.setTimeout(() => document.getElementById(actionFieldId(index, 'description'))?.focus(), 0);
  }

  function removeAction(index: number) {
    keys.current = keys.current.filter((_, i) => i !== index);
    setDraft((d) => ({ ...d, actions: d.actions.filter((_, i) => i !== index) }));
    window.setTimeout(() => document.getElementById('add-action')?.focus(), 0);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Textarea
        id="additionalLinesOfEnquiry"
        label="Further lines of enquiry (optional)"
        labelSize="m"
        hint="One per line, in addition to those recorded at triage"
        value={draft.additionalLinesOfEnquiry}
        error={error('additionalLinesOfEnquiry')}
        onChange={(e) => setDraft((d) => ({ ...d, additionalLinesOfEnquiry: e.target.value }))}
      />
      <h2 className="govuk-heading-m">Actions</h2>
      {draft.actions.map((action, index) => (
        <fieldset className="govuk-fieldset app-plan-action" key={keys.current[index]}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Action {index + 1}</legend>
          <Textarea
            id={actionFieldId(index, 'description')}
            label="What is to be done"
            rows={2}
            error={error(actionFieldId(index, 'description'))}
            value={action.description}
            onChange={(e) => updateAction(index, { description: e.target.value })}
          />
          <TextInput
            id={actionFieldId(index, 'owner')}
            label="Owner"
            hint="Who will do it"
            className="govuk-input--width-20"
            error={error(actionFieldId(index, 'owner'))}
            value={action.owner}
            onChange={(e) => updateAction(index, { owner: e.target.value })}
          />
          <DateInput
            id={actionFieldId(index, 'dueDate')}
            legend="Due by"
            error={error(`${actionFieldId(index, 'dueDate')}-day`)}
            value={action.dueDate}
            onChange={(dueDate) => updateAction(index, { dueDate })}
          />
          {draft.actions.length > 1 && (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => removeAction(index)}>
              Remove<span className="govuk-visually-hidden"> action {index + 1}</span>
            </button>
          )}
        </fieldset>
      ))}
      <div className="govuk-button-group">
        <button type="button" id="add-action" className="govuk-button govuk-button--secondary" onClick={addAction}>
          Add another action
        </button>
      </div>
      <SubmitButton busy={props.busy}>Save investigation plan</SubmitButton>
    </form>
  );
}

/** Where an answer of the plan is on the page; the server may name an action's field without its index. */
export function planFieldId(field: string): string {
  const indexed = /^actions\[(\d+)]\.(\w+)$/.exec(field);
  const [index, name] = indexed ? [Number(indexed[1]), indexed[2]] : [0, field];
  if (name === 'actions') return actionFieldId(0, 'description');
  if (name === 'description' || name === 'owner') return actionFieldId(index, name);
  if (name === 'dueDate') return `${actionFieldId(index, 'dueDate')}-day`;
  return field;
}
