import { useState, type FormEvent } from 'react';
import type { ErrorItem } from '../../../components/error-summary';
import { Select } from '../../../components/select';
import { SubmitButton } from '../../../components/submit-button';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import { listEcuInvestigators } from '../../../api/reference';
import { useApiData } from '../../../lib/use-api-data';
import { changeOfficerInCharge } from '../api/fraud-cases';
import { caseErrorItems, saveProblems } from './case-problems';

interface Props {
  reference: string;
  /** the ECU investigations team, whose members can be listed; an area team's officer is named by username */
  ecuCase: boolean;
  errorFor: (id: string) => string | undefined;
  onProblems: (problems: ErrorItem[]) => void;
  onSaved: (notice: string) => void;
}

/** A supervisor gives the case to another officer of its team; the new officer is asked to tell the victim. */
export function OfficerInChargeForm({ reference, ecuCase, errorFor, onProblems, onSaved }: Props) {
  const [officer, setOfficer] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const officers = useApiData(listEcuInvestigators);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(officer.trim() ? [] : [{ field: 'officer', message: 'Choose the new officer in charge' }]),
      ...(reason.trim() ? [] : [{ field: 'reason', message: 'Say why the case is changing officer' }]),
    ];
    if (problems.length > 0) return onProblems(caseErrorItems(problems, [], 'oic-'));
    setBusy(true);
    try {
      await changeOfficerInCharge(reference, officer.trim(), reason.trim());
      setOfficer('');
      setReason('');
      onSaved('Officer in charge changed: their tasks moved and they are asked to tell the victim');
    } catch (e) {
      onProblems(saveProblems(e, [], 'oic-'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="officer-in-charge-heading">
      {ecuCase ? (
        <Select
          id="oic-officer"
          label="New officer in charge"
          placeholder="Choose an officer"
          error={errorFor('oic-officer') ?? officers.error ?? undefined}
          value={officer}
          onChange={setOfficer}
          options={(officers.data ?? []).map((m) => ({ value: m.username, label: m.displayName }))}
        />
      ) : (
        <TextInput
          id="oic-officer"
          label="New officer in charge (username)"
          error={errorFor('oic-officer')}
          value={officer}
          onChange={(e) => setOfficer(e.target.value)}
        />
      )}
      <Textarea
        id="oic-reason"
        label="Why is the case changing officer?"
        hint="Shown on the case's timeline"
        error={errorFor('oic-reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <SubmitButton busy={busy}>Change officer in charge</SubmitButton>
    </form>
  );
}
