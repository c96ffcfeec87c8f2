import { useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import { Select } from '../../../components/select';
import { emptyDate } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { listInvestigationOutcomeCodes } from '../../../api/reference';
import { outcomeAnswers, validateOutcome, type OutcomeDraft } from './fraud-task-answers';
import { SubmitButton } from '../../../components/submit-button';

/** Task_RecordOutcome: the outcome code and its date finalise the crime. */
export function RecordOutcomeForm({ errors, busy, onSubmit }: TaskFormProps) {
  const [draft, setDraft] = useState<OutcomeDraft>({ outcomeCode: '', outcomeDate: emptyDate() });
  const outcomes = useApiData(listInvestigationOutcomeCodes);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(outcomeAnswers(draft), validateOutcome(draft));
  }

  return (
    <form onSubmit={submit} noValidate>
      <Select
        id="outcomeCode"
        label="Outcome"
        hint="A Home Office outcome, or a local code returned as one"
        placeholder="Choose the outcome"
        error={errorFor(errors, 'outcomeCode') ?? outcomes.error ?? undefined}
        value={draft.outcomeCode}
        onChange={(outcomeCode) => setDraft((d) => ({ ...d, outcomeCode }))}
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
        error={errorFor(errors, 'outcomeDate-day')}
        value={draft.outcomeDate}
        onChange={(outcomeDate) => setDraft((d) => ({ ...d, outcomeDate }))}
      />
      <SubmitButton busy={busy}>Record outcome</SubmitButton>
    </form>
  );
}
