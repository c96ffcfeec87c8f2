import { Radios } from '../../../components/radios';
import { Textarea } from '../../../components/textarea';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import {
  acceptAllocationAnswers,
  REFUSAL_REASONS,
  validateAcceptAllocation,
  type AcceptAllocationDraft,
  type AllocationDecision,
} from './fraud-task-answers';
import { SubmitButton } from '../../../components/submit-button';

/** Task_AcceptAllocation: the area team takes the crime on, or refuses it with a reason (back to ECU triage). */
export function AcceptAllocationForm(props: TaskFormProps) {
  const { draft, set, error, submit } = useTaskDraft<AcceptAllocationDraft>(
    props,
    { decision: '', refusalCategory: '', refusalReason: '' },
    acceptAllocationAnswers,
    validateAcceptAllocation,
  );

  const refusal = (
    <>
      <Radios
        name="refusalCategory"
        legend="Why can your team not take it?"
        legendSize="s"
        error={error('refusalCategory')}
        value={draft.refusalCategory}
        onChange={(refusalCategory) => set({ refusalCategory })}
        options={REFUSAL_REASONS}
      />
      <Textarea
        id="refusalReason"
        label="Explain the refusal for the ECU triage team"
        labelSize="s"
        hint="The triage team reads this before deciding where the crime goes next"
        error={error('refusalReason')}
        value={draft.refusalReason}
        onChange={(e) => set({ refusalReason: e.target.value })}
      />
    </>
  );

  return (
    <form onSubmit={submit} noValidate>
      <Radios
        name="decision"
        legend="Does your team accept this crime?"
        hint="Read the crime and its lines of enquiry on the case page first"
        error={error('decision')}
        value={draft.decision}
        onChange={(decision) => set({ decision: decision as AllocationDecision })}
        options={[
          { value: 'ACCEPT', label: 'Yes, my team accepts it' },
          { value: 'REFUSE', label: 'No, send it back to ECU triage', conditional: refusal },
        ]}
      />
      <SubmitButton busy={props.busy}>{draft.decision === 'REFUSE' ? 'Refuse crime' : 'Accept crime'}</SubmitButton>
    </form>
  );
}
