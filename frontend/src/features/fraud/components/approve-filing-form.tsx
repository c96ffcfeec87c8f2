import { Radios } from '../../../components/radios';
import { Textarea } from '../../../components/textarea';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { approveFilingAnswers, validateApproveFiling, type ApproveFilingDraft } from './fraud-task-answers';
import { SubmitButton } from '../../../components/submit-button';

/** Task_ApproveFiling: approve filing, or send the crime back to triage with a comment. */
export function ApproveFilingForm(props: TaskFormProps) {
  const { errors, busy } = props;
  const { draft, set, submit } = useTaskDraft<ApproveFilingDraft>(
    props,
    { approved: '', comment: '' },
    approveFilingAnswers,
    validateApproveFiling,
  );

  return (
    <form onSubmit={submit} noValidate>
      <Radios
        name="approved"
        legend="Do you approve filing this crime?"
        hint="Check the facts for this decision above first"
        error={errorFor(errors, 'approved')}
        value={draft.approved}
        onChange={(approved) => set({ approved: approved as ApproveFilingDraft['approved'] })}
        options={[
          { value: 'yes', label: 'Yes, file it' },
          {
            value: 'no',
            label: 'No, send it back to triage',
            conditional: (
              <Textarea
                id="comment"
                label="Why is it sent back?"
                hint="The triage officer sees this comment"
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
