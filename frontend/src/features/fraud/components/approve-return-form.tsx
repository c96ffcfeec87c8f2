import { Link } from 'react-router-dom';
import { Radios } from '../../../components/radios';
import { Textarea } from '../../../components/textarea';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { outcomeReturnPath } from '../api/outcome-returns';
import {
  approveReturnAnswers,
  returnMonthOf,
  validateApproveReturn,
  type ApproveReturnDraft,
} from './fraud-task-answers';
import { SubmitButton } from '../../../components/submit-button';

/** Task_ApproveReturn: approve the month's outcome return for submission, or say what must be corrected first. */
export function ApproveReturnForm(props: TaskFormProps) {
  const { detail, errors, busy } = props;
  const { draft, set, submit } = useTaskDraft<ApproveReturnDraft>(
    props,
    { approved: '', comment: '' },
    approveReturnAnswers,
    validateApproveReturn,
  );
  const month = returnMonthOf(detail.task.caseReference);

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
        onChange={(approved) => set({ approved: approved as ApproveReturnDraft['approved'] })}
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
                onChange={(e) => set({ comment: e.target.value })}
              />
            ),
          },
        ]}
      />
      <SubmitButton busy={busy}>Save decision</SubmitButton>
    </form>
  );
}
