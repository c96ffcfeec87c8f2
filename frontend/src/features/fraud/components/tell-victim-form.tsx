import { NotesField } from '../../../components/notes-field';
import { DateInput } from '../../../components/date-input';
import { Radios } from '../../../components/radios';
import { emptyDate } from '../../../lib/dates';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { draftPart, useTaskDraft } from '../../../lib/use-task-draft';
import {
  tellVictimAnswers,
  validateTellVictim,
  type ContactAttemptDraft,
  type TellVictimDraft,
} from './fraud-task-answers';
import { SubmitButton } from '../../../components/submit-button';
import { emptyOffers, offerAnswers, validateOffers, type OfferDraft } from './decision-offers';
import { DecisionOfferQuestions } from './decision-offer-questions';
import { emptyFrequency, frequencyAnswers, validateFrequency, type FrequencyDraft } from './update-frequency';
import { UpdateFrequencyQuestions } from './update-frequency-questions';
import {
  emptyNeedsAssessment,
  needsAssessmentAnswers,
  validateNeedsAssessment,
  type NeedsAssessmentDraft,
} from './needs-assessment';
import { NeedsAssessmentQuestions } from './needs-assessment-questions';

const NOT_INVESTIGATED = 'Task_TellVictimNotInvestigated';
/** Telling the victim who their officer is: they agree how often they want updates and how. */
const OFFICER_NAMED = 'Task_TellVictimOfficer';

const METHODS = [
  { value: 'PHONE', label: 'Phone' },
  { value: 'VISIT', label: 'Visit' },
  { value: 'EMAIL', label: 'Email' },
  { value: 'LETTER', label: 'Letter' },
];

const newAttempt = (): ContactAttemptDraft => ({ attemptedOn: emptyDate(), method: '' });

/** Everything the form asks, kept together as one draft. */
interface TellVictimFormDraft {
  told: TellVictimDraft;
  offers: OfferDraft;
  frequency: FrequencyDraft;
  /** whether the needs assessment is recorded with this first contact: 'yes', 'no' or unanswered */
  assessNeeds: string;
  needs: NeedsAssessmentDraft;
}

const emptyForm = (preferredChannel?: string | null): TellVictimFormDraft => ({
  told: {
    outcome: '',
    toldOn: emptyDate(),
    method: '',
    supportOffered: '',
    attempts: [newAttempt()],
    optedOutOn: emptyDate(),
    notes: '',
  },
  offers: emptyOffers(),
  frequency: emptyFrequency(preferredChannel),
  assessNeeds: '',
  needs: emptyNeedsAssessment(),
});

/**
 * The Victims' Code updates: the victim was told (when and how), could not be reached (each attempt), or has
 * opted out of updates. Only "told" meets the update; the others end its clock with their own result. The update
 * on the decision also asks about the Victims' Right to Review; the personal statement offer, the victim's answer.
 */
export function TellVictimForm(props: TaskFormProps) {
  const { detail, errors, busy } = props;
  const preferredChannel = detail.communicationNeeds?.recorded?.preferredChannel;
  const taskType = detail.task.taskType;
  const agreesFrequency = taskType === OFFICER_NAMED;
  const askSupport = taskType === NOT_INVESTIGATED;
  // The needs assessment (Right 4) is due by the first contact at the latest: it may be recorded with it.
  const withNeeds = (form: TellVictimFormDraft) => agreesFrequency && form.assessNeeds === 'yes';
  const answers = (form: TellVictimFormDraft) =>
    form.told.outcome === 'TOLD'
      ? {
          ...tellVictimAnswers(form.told),
          ...offerAnswers(taskType, form.offers),
          ...(agreesFrequency ? frequencyAnswers(form.frequency) : {}),
          ...(withNeeds(form) ? { needsAssessment: needsAssessmentAnswers(form.needs) } : {}),
        }
      : tellVictimAnswers(form.told);
  const problems = (form: TellVictimFormDraft) => {
    if (!form.told.outcome) return [{ field: 'outcome', message: 'Choose whether the victim was told' }];
    if (form.told.outcome !== 'TOLD') return validateTellVictim(form.told, askSupport);
    return [
      ...validateTellVictim(form.told, askSupport),
      ...validateOffers(taskType, form.offers),
      ...(agreesFrequency ? validateFrequency(form.frequency) : []),
      ...(withNeeds(form) ? validateNeedsAssessment(form.needs) : []),
    ];
  };
  const {
    draft: form,
    update,
    submit,
  } = useTaskDraft<TellVictimFormDraft>(props, () => emptyForm(preferredChannel), answers, problems);
  const { told: draft, offers, frequency, assessNeeds, needs } = form;
  const setDraft = draftPart(update, 'told');
  const setOffers = draftPart(update, 'offers');
  const setFrequency = draftPart(update, 'frequency');
  const setAssessNeeds = draftPart(update, 'assessNeeds');
  const setNeeds = draftPart(update, 'needs');
  const set = (change: Partial<TellVictimDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setAttempt = (index: number, change: Partial<ContactAttemptDraft>) =>
    setDraft((d) => ({ ...d, attempts: d.attempts.map((a, i) => (i === index ? { ...a, ...change } : a)) }));

  const told = (
    <>
      <DateInput
        id="toldOn"
        legend="When was the victim told?"
        hint="For example, 27 3 2025"
        error={errorFor(errors, 'toldOn-day')}
        value={draft.toldOn}
        onChange={(toldOn) => set({ toldOn })}
      />
      <Radios
        name="method"
        legend="How was the victim told?"
        legendSize="s"
        error={errorFor(errors, 'method')}
        value={draft.method}
        onChange={(method) => set({ method })}
        options={METHODS}
      />
      {askSupport && (
        <Radios
          name="supportOffered"
          legend="Was the victim offered a referral to support?"
          legendSize="s"
          inline
          error={errorFor(errors, 'supportOffered')}
          value={draft.supportOffered}
          onChange={(v) => set({ supportOffered: v as TellVictimDraft['supportOffered'] })}
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
        />
      )}
      <DecisionOfferQuestions
        taskType={taskType}
        offers={offers}
        errors={errors}
        onChange={(change) => setOffers((o) => ({ ...o, ...change }))}
      />
      {agreesFrequency && (
        <UpdateFrequencyQuestions
          draft={frequency}
          onChange={(change) => setFrequency((f) => ({ ...f, ...change }))}
          errorFor={(field) => errorFor(errors, field)}
          methodSuggested={frequency.method !== '' && frequency.method === preferredChannel}
          allowDecline
        />
      )}
      {agreesFrequency && (
        <Radios
          name="assessNeeds"
          legend="Did you assess the victim’s needs at this contact?"
          legendSize="s"
          hint="Needs are assessed by the first contact at the latest, including whether the victim is entitled to Enhanced Rights"
          value={assessNeeds}
          onChange={setAssessNeeds}
          options={[
            {
              value: 'yes',
              label: 'Yes, record the needs assessment',
              conditional: (
                <NeedsAssessmentQuestions
                  draft={needs}
                  setDraft={setNeeds}
                  error={(field) => errorFor(errors, field)}
                />
              ),
            },
            { value: 'no', label: 'No, it was recorded on the case or will be' },
          ]}
        />
      )}
    </>
  );

  const notReached = (
    <div id="attempts">
      {errorFor(errors, 'attempts') && <p className="govuk-error-message">{errorFor(errors, 'attempts')}</p>}
      {draft.attempts.map((attempt, i) => (
        <div key={i}>
          <DateInput
            id={`attempts-${i}-attemptedOn`}
            legend={`Attempt ${i + 1}: when?`}
            error={errorFor(errors, `attempts-${i}-attemptedOn-day`)}
            value={attempt.attemptedOn}
            onChange={(attemptedOn) => setAttempt(i, { attemptedOn })}
          />
          <Radios
            name={`attempts-${i}-method`}
            legend={`Attempt ${i + 1}: how?`}
            legendSize="s"
            inline
            error={errorFor(errors, `attempts-${i}-method`)}
            value={attempt.method}
            onChange={(method) => setAttempt(i, { method })}
            options={METHODS}
          />
        </div>
      ))}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() => set({ attempts: [...draft.attempts, newAttempt()] })}
      >
        Add another attempt
      </button>
    </div>
  );

  const optedOut = (
    <DateInput
      id="optedOutOn"
      legend="When did the victim opt out of updates?"
      hint="Later updates on this case can then be closed as opted out without asking again"
      error={errorFor(errors, 'optedOutOn-day')}
      value={draft.optedOutOn}
      onChange={(optedOutOn) => set({ optedOutOn })}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Radios
        name="outcome"
        legend="Was the victim told?"
        error={errorFor(errors, 'outcome')}
        value={draft.outcome}
        onChange={(outcome) => set({ outcome: outcome as TellVictimDraft['outcome'] })}
        options={[
          { value: 'TOLD', label: 'Yes, the victim was told', conditional: told },
          { value: 'COULD_NOT_REACH', label: 'No, I could not reach the victim', conditional: notReached },
          {
            value: 'VICTIM_OPTED_OUT',
            label: 'No, the victim has opted out of updates',
            hint: 'Victims may choose not to be updated; this is recorded on the case and stops regular updates',
            conditional: optedOut,
          },
        ]}
      />
      <NotesField error={errorFor(errors, 'notes')} value={draft.notes} onChange={(notes) => set({ notes })} />
      <SubmitButton busy={busy}>Record victim update</SubmitButton>
    </form>
  );
}
