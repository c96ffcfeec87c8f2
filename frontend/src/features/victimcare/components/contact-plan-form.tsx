import { useState, type FormEvent } from 'react';
import { Textarea } from '../../../components/textarea';
import { SubmitButton } from '../../../components/submit-button';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { ContactRows, emptyContactRow } from './contact-rows';
import { ReferralContext, useReferral } from './referral-context';
import { contactPlanAnswers, validateContactPlan, type ContactPlanDraft } from './victim-care-answers';

/** Task_ContactPlan: the contacts agreed with the victim, each a date and a channel; at least one. */
export function ContactPlanForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const referral = useReferral(detail.task.caseReference);
  const [draft, setDraft] = useState<ContactPlanDraft>({ contacts: [emptyContactRow()], notes: '' });
  const error = (id: string) => errorFor(errors, id);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(contactPlanAnswers(draft), validateContactPlan(draft));
  }

  return (
    <>
      <ReferralContext referral={referral} />
      <form onSubmit={submit} noValidate>
        <h2 className="govuk-heading-m">Contacts agreed with the victim</h2>
        <p className="govuk-body">
          Each contact becomes a task due on its date. The plan can be changed later, with a reason.
        </p>
        <ContactRows
          rows={draft.contacts}
          errorFor={error}
          onChange={(contacts) => setDraft((d) => ({ ...d, contacts }))}
        />
        <Textarea
          id="notes"
          label="Notes (optional)"
          labelSize="m"
          error={error('notes')}
          value={draft.notes}
          onChange={(e) => setDraft((d) => ({ ...d, notes: e.target.value }))}
        />
        <SubmitButton busy={busy}>Save contact plan</SubmitButton>
      </form>
    </>
  );
}
