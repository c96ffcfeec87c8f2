import { Checkboxes } from '../../../components/checkboxes';
import { DateInput } from '../../../components/date-input';
import { Radios } from '../../../components/radios';
import { NotesField } from '../../../components/notes-field';
import { Textarea } from '../../../components/textarea';
import { dateParts } from './contact-rows';
import { todayIso } from '../../../lib/dates';
import { SubmitButton } from '../../../components/submit-button';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { ReferralContext, useReferral } from './referral-context';
import {
  firstContactAnswers,
  validateFirstContact,
  VULNERABILITY_KEYS,
  type FirstContactDraft,
} from './victim-care-answers';
import { CHANNELS, ENHANCED_RIGHTS_HINTS, ENHANCED_RIGHTS_REASONS, VULNERABILITY_QUESTIONS } from './victim-care-words';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** A repeat victim is proposed as persistently targeted; the officer confirms it with the victim or changes it. */
export function initialFirstContact(repeatVictim: boolean, today = todayIso()): FirstContactDraft {
  return {
    contactedOn: dateParts(today),
    channel: '',
    wantsSupport: '',
    vulnerability: [],
    qualifies: repeatVictim ? 'yes' : '',
    reasons: repeatVictim ? ['PERSISTENTLY_TARGETED'] : [],
    explanation: '',
    consentToVictimSupport: '',
    notes: '',
  };
}

function FirstContactFields(props: TaskFormProps & { repeatVictim: boolean }) {
  const { draft, set, error, submit } = useTaskDraft<FirstContactDraft>(
    props,
    () => initialFirstContact(props.repeatVictim),
    firstContactAnswers,
    validateFirstContact,
  );

  const enhancedRightsDetail = (
    <>
      <Checkboxes
        name="reasons"
        legend="Why do they qualify?"
        legendSize="s"
        hint="Select all that apply"
        error={error('reasons')}
        values={draft.reasons}
        onChange={(reasons) => set({ reasons })}
        options={Object.entries(ENHANCED_RIGHTS_REASONS).map(([value, label]) => ({
          value,
          label,
          hint: ENHANCED_RIGHTS_HINTS[value as keyof typeof ENHANCED_RIGHTS_HINTS],
        }))}
      />
      <Textarea
        id="explanation"
        label="Explain why"
        hint="What the victim told you that shows this"
        rows={3}
        error={error('explanation')}
        value={draft.explanation}
        onChange={(e) => set({ explanation: e.target.value })}
      />
    </>
  );

  const consent = (
    <Radios
      name="consentToVictimSupport"
      legend="Does the victim consent to a referral to Victim Support for long-term support?"
      legendSize="s"
      hint="Victim Support is only told about the victim with their consent"
      error={error('consentToVictimSupport')}
      value={draft.consentToVictimSupport}
      onChange={(value) => set({ consentToVictimSupport: value as FirstContactDraft['consentToVictimSupport'] })}
      options={YES_NO}
      inline
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <DateInput
        id="contactedOn"
        legend="When did you speak to the victim?"
        legendSize="m"
        hint="For example, 20 11 2026"
        error={error('contactedOn-day')}
        value={draft.contactedOn}
        onChange={(contactedOn) => set({ contactedOn })}
      />
      <Radios
        name="channel"
        legend="How did you reach them?"
        error={error('channel')}
        value={draft.channel}
        onChange={(channel) => set({ channel })}
        options={Object.entries(CHANNELS).map(([value, label]) => ({ value, label }))}
      />
      <Checkboxes
        name="vulnerability"
        legend="Which of these apply to the victim?"
        hint="Select all that apply. The support level (standard, enhanced or intensive) is worked out from these answers."
        error={error('vulnerability')}
        values={draft.vulnerability}
        onChange={(vulnerability) => set({ vulnerability })}
        options={VULNERABILITY_KEYS.map((key) => ({ value: key, label: VULNERABILITY_QUESTIONS[key] }))}
      />
      {props.repeatVictim && (
        <div className="govuk-inset-text" data-testid="persistently-targeted-proposal">
          This is a repeat victim, so they are proposed as persistently targeted for enhanced rights. Check this with
          the victim and explain it, or change the answer.
        </div>
      )}
      <Radios
        name="qualifies"
        legend="Does the victim qualify for enhanced rights under the Victims’ Code?"
        hint="Enhanced rights are for victims who are persistently targeted, vulnerable or intimidated, and they shorten the victim’s deadlines. Age or NDM score alone do not give enhanced rights."
        error={error('qualifies')}
        value={draft.qualifies}
        onChange={(value) => set({ qualifies: value as FirstContactDraft['qualifies'] })}
        options={[
          { value: 'yes', label: 'Yes', conditional: enhancedRightsDetail },
          { value: 'no', label: 'No' },
        ]}
      />
      <Radios
        name="wantsSupport"
        legend="Does the victim want support from the ECVCU?"
        hint="If not, the referral is closed as declined support"
        error={error('wantsSupport')}
        value={draft.wantsSupport}
        onChange={(value) => set({ wantsSupport: value as FirstContactDraft['wantsSupport'] })}
        options={[
          { value: 'yes', label: 'Yes', conditional: consent },
          { value: 'no', label: 'No' },
        ]}
      />
      <NotesField labelSize="m" error={error('notes')} value={draft.notes} onChange={(notes) => set({ notes })} />
      <SubmitButton busy={props.busy}>Save assessment</SubmitButton>
    </form>
  );
}

/** Task_FirstContact: the victim was reached; their vulnerability, enhanced rights, wish for support and consent. */
export function FirstContactForm(props: TaskFormProps) {
  const referral = useReferral(props.detail.task.caseReference);
  const settled = referral.data !== undefined || referral.error !== null;
  return (
    <>
      <ReferralContext referral={referral} />
      <p className="govuk-body">
        If you could not reach the victim, log a failed contact attempt on the victim’s page instead of completing this
        task.
      </p>
      {settled && <FirstContactFields {...props} repeatVictim={referral.data?.repeatVictim ?? false} />}
    </>
  );
}
