import { DateInput } from '../../../components/date-input';
import { NotesField } from '../../../components/notes-field';
import { SubmitButton } from '../../../components/submit-button';
import { TextInput } from '../../../components/text-input';
import { todayIso } from '../../../lib/dates';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { dateParts } from './contact-rows';
import { ReferralContext, useReferral } from './referral-context';
import { validateVictimSupport, victimSupportAnswers, type VictimSupportDraft } from './victim-care-answers';

/** Task_ReferToVictimSupport: the victim consented; the referral made and Victim Support's reference. */
export function ReferToVictimSupportForm(props: TaskFormProps) {
  const referral = useReferral(props.detail.task.caseReference);
  const { draft, set, error, submit } = useTaskDraft<VictimSupportDraft>(
    props,
    () => ({ referredOn: dateParts(todayIso()), victimSupportReference: '', notes: '' }),
    victimSupportAnswers,
    validateVictimSupport,
  );

  return (
    <>
      <ReferralContext referral={referral} />
      <form onSubmit={submit} noValidate>
        <DateInput
          id="referredOn"
          legend="When did you refer the victim to Victim Support?"
          legendSize="m"
          hint="For example, 27 11 2026"
          error={error('referredOn-day')}
          value={draft.referredOn}
          onChange={(referredOn) => set({ referredOn })}
        />
        <TextInput
          id="victimSupportReference"
          label="Victim Support reference"
          hint="The reference Victim Support gave the referral"
          className="govuk-input--width-20"
          error={error('victimSupportReference')}
          value={draft.victimSupportReference}
          onChange={(e) => set({ victimSupportReference: e.target.value })}
        />
        <NotesField error={error('notes')} value={draft.notes} onChange={(notes) => set({ notes })} />
        <SubmitButton busy={props.busy}>Record referral to Victim Support</SubmitButton>
      </form>
    </>
  );
}
