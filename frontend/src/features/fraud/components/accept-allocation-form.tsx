import { useState, type FormEvent } from 'react';
import { Checkbox } from '../../../components/checkbox';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { validateAcceptAllocation } from './fraud-task-answers';
import { SubmitButton } from '../../../components/submit-button';

/** Task_AcceptAllocation: the area team takes the crime on. */
export function AcceptAllocationForm({ errors, busy, onSubmit }: TaskFormProps) {
  const [accepted, setAccepted] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ accepted }, validateAcceptAllocation({ accepted }));
  }

  return (
    <form onSubmit={submit} noValidate>
      <Checkbox
        id="accepted"
        legend="Accept the allocation"
        hint="Read the crime and its lines of enquiry on the case page first"
        label="My team accepts this crime"
        error={errorFor(errors, 'accepted')}
        checked={accepted}
        onChange={setAccepted}
      />
      <SubmitButton busy={busy}>Accept crime</SubmitButton>
    </form>
  );
}
