import { NotesField } from '../../../components/notes-field';
import { SubmitButton } from '../../../components/submit-button';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { ContactRows, dateParts, emptyContactRow } from './contact-rows';
import { PlanDefaultsNote } from './plan-defaults-note';
import { ReferralContext, useReferral } from './referral-context';
import { contactPlanAnswers, validateContactPlan, type ContactPlanDraft } from './victim-care-answers';

/** Task_ContactPlan: the contacts agreed with the victim, each a date and a channel; at least one. */
export function ContactPlanForm(props: TaskFormProps) {
  const referral = useReferral(props.detail.task.caseReference);
  const { draft, set, error, submit } = useTaskDraft<ContactPlanDraft>(
    props,
    () => ({ contacts: [emptyContactRow()], notes: '' }),
    contactPlanAnswers,
    validateContactPlan,
  );
  const defaults = referral.data?.planDefaults;

  return (
    <>
      <ReferralContext referral={referral} />
      <form onSubmit={submit} noValidate>
        <h2 className="govuk-heading-m">Contacts agreed with the victim</h2>
        <p className="govuk-body">
          Each contact becomes a task due on its date. The plan can be changed later, with a reason.
        </p>
        {defaults && (
          <PlanDefaultsNote
            defaults={defaults}
            onUse={() =>
              set({ contacts: defaults.suggestedContacts.map((dueOn) => ({ dueOn: dateParts(dueOn), channel: '' })) })
            }
          />
        )}
        <ContactRows rows={draft.contacts} errorFor={error} onChange={(contacts) => set({ contacts })} />
        <NotesField labelSize="m" error={error('notes')} value={draft.notes} onChange={(notes) => set({ notes })} />
        <SubmitButton busy={props.busy}>Save contact plan</SubmitButton>
      </form>
    </>
  );
}
