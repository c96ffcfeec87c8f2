import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Radios } from '../../../components/radios';
import { Textarea } from '../../../components/textarea';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { outcomeReturnPath } from '../api/outcome-returns';
import {
  approveReturnAnswers,
  returnMonthOf,
  validateApproveReturn,
  type ApproveReturnDraft,
} from './fraud-task-answers';
import { SubmitButton } from '../../../components/submit-button';

/** Task_ApproveReturn: approve the month's outcome return for submission, or say what must be corrected first. */
export function ApproveReturnForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const [draft, setDraft] = useState<ApproveReturnDraft>({ approved: '', comment: '' });
  const month = returnMonthOf(detail.task.caseReference);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(approveReturnAnswers(draft), validateApproveReturn(draft));
  }

  return (
    <form onSubmit={submit} noValidate>
      {month && (
        <p className="govuk-body">
          <Link className="govuk-link" to={outcomeReturnPath(month)} data-testid="return-link">
            Check the crimes in the return for {month}
          </Link>
        </p>
      )}
      <Radios
        name="approved"
        legend="Do you approve this outcome return?"
        hint="Once approved, the return is submitted to the national lead force"
        error={errorFor(errors, 'approved')}
        value={draft.approved}
        onChange={(approved) => setDraft((d) => ({ ...d, approved: approved as ApproveReturnDraft['approved'] }))}
        options={[
          { value: 'yes', label: 'Yes, submit the return' },
          {
            value: 'no',
            label: 'No, it needs correcting',
            conditional: (
              <Textarea
                id="comment"
                label="What needs correcting?"
                hint="The return is rebuilt after the corrections are made"
                error={errorFor(errors, 'comment')}
                value={draft.comment}
                onChange={(e) => setDraft((d) => ({ ...d, comment: e.target.value }))}
              />
            ),
          },
        ]}
      />
      <SubmitButton busy={busy}>Save decision</SubmitButton>
    </form>
  );
}
