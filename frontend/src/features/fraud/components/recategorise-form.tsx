import { Select } from '../../../components/select';
import { useApiData } from '../../../lib/use-api-data';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { listNfibFraudTypes } from '../../../api/reference';
import { NFIB_OTHER, validateRecategorise } from './fraud-task-answers';
import { SubmitButton } from '../../../components/submit-button';

/** Task_Recategorise: the real fraud type of an NFIB90 ("other") report. */
export function RecategoriseForm(props: TaskFormProps) {
  const { draft, set, error, submit } = useTaskDraft<{ nfibCode: string }>(
    props,
    { nfibCode: '' },
    (answers) => answers,
    validateRecategorise,
  );
  const types = useApiData(listNfibFraudTypes);

  return (
    <form onSubmit={submit} noValidate>
      <Select
        id="nfibCode"
        label="Fraud type"
        hint="The specific NFIB fraud type this report describes"
        placeholder="Choose a fraud type"
        error={error('nfibCode') ?? types.error ?? undefined}
        value={draft.nfibCode}
        onChange={(nfibCode) => set({ nfibCode })}
        options={(types.data ?? [])
          .filter((t) => t.code !== NFIB_OTHER)
          .map((t) => ({ value: t.code, label: `${t.code} – ${t.name}`, group: t.fraudGroup }))}
      />
      <SubmitButton busy={props.busy}>Save fraud type</SubmitButton>
    </form>
  );
}
