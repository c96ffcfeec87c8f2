import { Checkboxes } from '../../../components/checkboxes';
import { DateInput } from '../../../components/date-input';
import { Radios } from '../../../components/radios';
import { NotesField } from '../../../components/notes-field';
import { formatDate, todayIso } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { SubmitButton } from '../../../components/submit-button';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { listResources, type ResourceStock } from '../api/resources';
import { dateParts } from './contact-rows';
import { ReferralContext, useReferral } from './referral-context';
import {
  plannedContactAnswers,
  validatePlannedContact,
  type ConsentAnswer,
  type PlannedContactDraft,
} from './victim-care-answers';
import { ADVICE, CONTACT_FORM_OUTCOMES, RESOURCES } from './victim-care-words';

/** The stock beside a resource, e.g. "4 in stock (POCA funded)"; call blockers run out. */
export function stockHint(stock: ResourceStock | undefined): string | undefined {
  if (!stock) return undefined;
  const funded = stock.fundedBy ? ` (${stock.fundedBy} funded)` : '';
  return stock.inStock > 0 ? `${stock.inStock} in stock${funded}` : `None left in stock${funded}: one cannot be issued`;
}

/** Task_PlannedContact: the outcome of a planned contact, the advice given, resources issued and consent. */
export function PlannedContactForm(props: TaskFormProps) {
  const { detail, busy } = props;
  const referral = useReferral(detail.task.caseReference);
  const stock = useApiData(listResources);
  const { draft, set, error, submit } = useTaskDraft<PlannedContactDraft>(
    props,
    () => ({
      contactedOn: dateParts(todayIso()),
      outcome: '',
      advice: [],
      resources: [],
      consentToVictimSupport: 'notAsked',
      notes: '',
    }),
    plannedContactAnswers,
    (draft) => validatePlannedContact(draft, stock.data),
  );
  const consented = !!referral.data?.victimSupport?.consentRecordedAt;

  return (
    <>
      <ReferralContext referral={referral} />
      {detail.task.due && <p className="govuk-body">Planned for {formatDate(detail.task.due)}.</p>}
      <form onSubmit={submit} noValidate>
        <DateInput
          id="contactedOn"
          legend="When was the contact?"
          legendSize="m"
          hint="For example, 25 11 2026"
          error={error('contactedOn-day')}
          value={draft.contactedOn}
          onChange={(contactedOn) => set({ contactedOn })}
        />
        <Radios
          name="outcome"
          legend="Outcome"
          hint="No answer, a voicemail or a wrong number is not a contact: log it as a failed attempt on the referral’s page, and this contact stays open"
          error={error('outcome')}
          value={draft.outcome}
          onChange={(outcome) => set({ outcome })}
          options={Object.entries(CONTACT_FORM_OUTCOMES).map(([value, label]) => ({ value, label }))}
        />
        <Checkboxes
          name="advice"
          legend="What advice did you give?"
          hint="Select all that apply"
          error={error('advice')}
          values={draft.advice}
          onChange={(advice) => set({ advice })}
          options={Object.entries(ADVICE).map(([value, label]) => ({ value, label }))}
        />
        <Checkboxes
          name="resources"
          legend="Which protect resources did you issue?"
          hint={
            stock.error
              ? `Stock could not be checked: ${stock.error}`
              : 'Select all that apply. Issuing a call blocker takes one from stock.'
          }
          error={error('resources')}
          values={draft.resources}
          onChange={(resources) => set({ resources })}
          options={Object.entries(RESOURCES).map(([value, label]) => ({
            value,
            label,
            hint: stockHint(stock.data?.find((s) => s.resource === value)),
          }))}
        />
        <Radios
          name="consentToVictimSupport"
          legend="Does the victim consent to a referral to Victim Support?"
          hint={
            consented
              ? 'Consent is already recorded for this referral'
              : 'Victim Support gives long-term support; they are only told about the victim with their consent'
          }
          error={error('consentToVictimSupport')}
          value={draft.consentToVictimSupport}
          onChange={(value) => set({ consentToVictimSupport: value as ConsentAnswer })}
          options={[
            { value: 'yes', label: 'Yes, they consent' },
            { value: 'no', label: 'No' },
            { value: 'notAsked', label: 'Not asked at this contact' },
          ]}
        />
        <NotesField labelSize="m" error={error('notes')} value={draft.notes} onChange={(notes) => set({ notes })} />
        <SubmitButton busy={busy}>Log contact</SubmitButton>
      </form>
    </>
  );
}
