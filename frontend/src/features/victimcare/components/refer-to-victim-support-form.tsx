import { useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import { todayIso } from '../../../lib/dates';
import { SubmitButton } from '../../../components/submit-button';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { dateParts } from './contact-rows';
import { ReferralContext, useReferral } from './referral-context';
import { validateVictimSupport, victimSupportAnswers, type VictimSupportDraft } from './victim-care-answers';

/** Task_ReferToVictimSupport: the victim consented; the referral made and Victim Support's reference. */
export function ReferToVictimSupportForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const referral = useReferral(detail.task.caseReference);
  const [draft, setDraft] = useState<VictimSupportDraft>(() => ({
    referredOn: dateParts(todayIso()),
    victimSupportReference: '',
    notes: '',
  }));
  const error = (id: string) => errorFor(errors, id);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(victimSupportAnswers(draft), validateVictimSupport(draft));
  }

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
          onChange={(referredOn) => setDraft((d) => ({ ...d, referredOn }))}
        />
        <TextInput
          id="victimSupportReference"
          label="Victim Support reference"
          hint="The reference Victim Support gave the referral"
          className="govuk-input--width-20"
          error={error('victimSupportReference')}
          value={draft.victimSupportReference}
          onChange={(e) => setDraft((d) => ({ ...d, victimSupportReference: e.target.value }))}
        />
        <Textarea
          id="notes"
          label="Notes (optional)"
          error={error('notes')}
          value={draft.notes}
          onChange={(e) => setDraft((d) => ({ ...d, notes: e.target.value }))}
        />
        <SubmitButton busy={busy}>Record referral to Victim Support</SubmitButton>
      </form>
    </>
  );
}
