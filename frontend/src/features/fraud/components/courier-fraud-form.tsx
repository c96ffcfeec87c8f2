import { useState, type FormEvent } from 'react';
import { Checkbox } from '../../../components/checkbox';
import type { ErrorItem } from '../../../components/error-summary';
import { SubmitButton } from '../../../components/submit-button';
import { markCourierFraud } from '../api/fraud-cases';
import { saveProblems } from './case-problems';

interface Props {
  reference: string;
  current: boolean;
  errorFor: (id: string) => string | undefined;
  onProblems: (problems: ErrorItem[]) => void;
  onSaved: (notice: string) => void;
}

/** The field's id is the API's field name with this form's prefix, so a refusal's summary link reaches the box. */
const FIELD = 'courier-courierFraud';

/** Marks or unmarks the crime as courier fraud, which no NFIB code names, so that the board report counts it. */
export function CourierFraudForm({ reference, current, errorFor, onProblems, onSaved }: Props) {
  const [courierFraud, setCourierFraud] = useState(current);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await markCourierFraud(reference, courierFraud);
      onSaved(courierFraud ? 'Marked as courier fraud' : 'No longer marked as courier fraud');
    } catch (e) {
      onProblems(saveProblems(e, [], 'courier-'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Courier fraud">
      <Checkbox
        id={FIELD}
        legend="Courier fraud"
        label="This is courier fraud (no NFIB code of its own: it is counted separately on the board report)"
        error={errorFor(FIELD)}
        checked={courierFraud}
        onChange={setCourierFraud}
      />
      <SubmitButton busy={busy}>Save courier fraud</SubmitButton>
    </form>
  );
}
