import { useState, type FormEvent } from 'react';
import { Select } from '../../../components/select';
import { useApiData } from '../../../lib/use-api-data';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { listNfibFraudTypes } from '../../../api/reference';
import { NFIB_OTHER, validateRecategorise } from './fraud-task-answers';
import { SubmitButton } from '../../../components/submit-button';

/** Task_Recategorise: the real fraud type of an NFIB90 ("other") report. */
export function RecategoriseForm({ errors, busy, onSubmit }: TaskFormProps) {
  const [nfibCode, setNfibCode] = useState('');
  const types = useApiData(listNfibFraudTypes);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ nfibCode }, validateRecategorise({ nfibCode }));
  }

  return (
    <form onSubmit={submit} noValidate>
      <Select
        id="nfibCode"
        label="Fraud type"
        hint="The specific NFIB fraud type this report describes"
        placeholder="Choose a fraud type"
        error={errorFor(errors, 'nfibCode') ?? types.error ?? undefined}
        value={nfibCode}
        onChange={setNfibCode}
        options={(types.data ?? [])
          .filter((t) => t.code !== NFIB_OTHER)
          .map((t) => ({ value: t.code, label: `${t.code} – ${t.name}`, group: t.fraudGroup }))}
      />
      <SubmitButton busy={busy}>Save fraud type</SubmitButton>
    </form>
  );
}
