import { DateInput } from '../../../components/date-input';
import { Select } from '../../../components/select';
import { emptyDate } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { listInvestigationOutcomeCodes } from '../../../api/reference';
import { outcomeAnswers, validateOutcome, type OutcomeDraft } from './fraud-task-answers';
import { SubmitButton } from '../../../components/submit-button';

/** Task_RecordOutcome: the outcome code and its date finalise the crime. */
export function RecordOutcomeForm(props: TaskFormProps) {
  const { draft, set, error, submit } = useTaskDraft<OutcomeDraft>(
    props,
    () => ({ outcomeCode: '', outcomeDate: emptyDate() }),
    outcomeAnswers,
    validateOutcome,
  );
  const outcomes = useApiData(listInvestigationOutcomeCodes);

  return (
    <form onSubmit={submit} noValidate>
      <Select
        id="outcomeCode"
        label="Outcome"
        hint="A Home Office outcome, or a local code returned as one"
        placeholder="Choose the outcome"
        error={error('outcomeCode') ?? outcomes.error ?? undefined}
        value={draft.outcomeCode}
        onChange={(outcomeCode) => set({ outcomeCode })}
        options={(outcomes.data ?? []).map((o) => ({
          value: o.code,
          label: o.local
            ? `${o.code} – ${o.name} (local code, returned as ${o.homeOfficeCode})`
            : `${o.code} – ${o.name}`,
        }))}
      />
      <DateInput
        id="outcomeDate"
        legend="Date of the outcome"
        hint="For example, 27 3 2025"
        error={error('outcomeDate-day')}
        value={draft.outcomeDate}
        onChange={(outcomeDate) => set({ outcomeDate })}
      />
      <SubmitButton busy={props.busy}>Record outcome</SubmitButton>
    </form>
  );
}
