import { useCallback, useState, type FormEvent } from 'react';
import type { ErrorItem } from '../../../components/error-summary';
import { Select } from '../../../components/select';
import { SubmitButton } from '../../../components/submit-button';
import { Textarea } from '../../../components/textarea';
import { listOutcomeCodesFor, type OutcomePath } from '../../../api/reference';
import { useApiData } from '../../../lib/use-api-data';
import { correctOutcome } from '../api/fraud-cases';
import { caseErrorItems, saveProblems } from './case-problems';

interface Props {
  reference: string;
  /** the decision that closed the crime: only its codes are offered, as the outcome forms offer them */
  path: OutcomePath;
  currentCode: string;
  errorFor: (id: string) => string | undefined;
  onProblems: (problems: ErrorItem[]) => void;
  onSaved: (notice: string) => void;
}

/** An ECU supervisor corrects a finalised crime's outcome; a crime already returned is sent again, amended. */
export function OutcomeCorrectionForm({ reference, path, currentCode, errorFor, onProblems, onSaved }: Props) {
  const [outcomeCode, setOutcomeCode] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => listOutcomeCodesFor(path), [path]);
  const codes = useApiData(load);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(outcomeCode ? [] : [{ field: 'outcomeCode', message: 'Choose the corrected outcome code' }]),
      ...(reason.trim() ? [] : [{ field: 'reason', message: 'Say why the outcome is being corrected' }]),
    ];
    if (problems.length > 0) return onProblems(caseErrorItems(problems, [], 'correction-'));
    setBusy(true);
    try {
      await correctOutcome(reference, outcomeCode, reason.trim());
      setOutcomeCode('');
      setReason('');
      onSaved(
        `Outcome corrected to ${outcomeCode}. If a monthly return has already sent this crime, the next return sends it again, amended`,
      );
    } catch (e) {
      onProblems(saveProblems(e, [], 'correction-'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="outcome-correction-heading">
      <Select
        id="correction-outcomeCode"
        label="Corrected outcome"
        placeholder="Choose an outcome"
        error={errorFor('correction-outcomeCode') ?? codes.error ?? undefined}
        value={outcomeCode}
        onChange={setOutcomeCode}
        options={(codes.data ?? [])
          .filter((c) => c.code !== currentCode)
          .map((c) => ({ value: c.code, label: `${c.code} – ${c.name}` }))}
      />
      <Textarea
        id="correction-reason"
        label="Why is the outcome being corrected?"
        hint="Kept with the correction, with the outcome it replaces"
        error={errorFor('correction-reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <SubmitButton busy={busy}>Correct the outcome</SubmitButton>
    </form>
  );
}
