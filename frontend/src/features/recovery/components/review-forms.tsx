import { Radios } from '../../../components/radios';
import { SubmitButton } from '../../../components/submit-button';
import { Textarea } from '../../../components/textarea';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { offenceProblems, offencesOf, OffenceRows, type OffenceDraft } from './offence-rows';
import { ParticipantContext } from './participant-context';
import { recoveryFieldId, required } from './recovery-answers';
import { ENGAGEMENT, optionsOf } from './recovery-words';

/** Task_ProgrammeReview: the drug worker's part of a review. */
export function ProgrammeReviewForm(props: TaskFormProps) {
  const { draft, set, error, submit } = useTaskDraft(
    props,
    { engagement: '', treatmentNotes: '' },
    (d) => ({ engagement: d.engagement || null, treatmentNotes: d.treatmentNotes.trim() || null }),
    (d) => required(d.engagement, 'engagement', 'Choose whether the participant attended, missed or partly attended'),
  );

  return (
    <>
      <ParticipantContext reference={props.detail.task.caseReference} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="engagement"
          legend="Did the participant attend the review?"
          hint="Two missed reviews in a row start re-engagement"
          options={optionsOf(ENGAGEMENT)}
          error={error('engagement')}
          value={draft.engagement}
          onChange={(engagement) => set({ engagement })}
        />
        <Textarea
          id="treatmentNotes"
          label="Treatment notes (optional)"
          hint="Health information: only drug referral workers see these notes"
          error={error('treatmentNotes')}
          value={draft.treatmentNotes}
          onChange={(e) => set({ treatmentNotes: e.target.value })}
        />
        <SubmitButton busy={props.busy}>Save the review</SubmitButton>
      </form>
    </>
  );
}

/** Task_OffendingReview: the officer's part of a review, the shop theft offences since the last one. */
export function OffendingReviewForm(props: TaskFormProps) {
  const { draft, set, error, submit } = useTaskDraft<{ offences: OffenceDraft[] }>(
    props,
    { offences: [] },
    (d) => ({ newOffences: offencesOf(d.offences) }),
    (d) => offenceProblems('newOffences', d.offences),
  );

  return (
    <>
      <ParticipantContext reference={props.detail.task.caseReference} />
      <form onSubmit={submit} noValidate>
        <OffenceRows
          name="newOffences"
          legend="New shop theft offences since the last review"
          hint="Leave empty if there are none. A new offence does not end participation: you decide next whether it continues."
          offences={draft.offences}
          onChange={(offences) => set({ offences })}
          error={(field) => error(recoveryFieldId(field))}
        />
        <SubmitButton busy={props.busy}>Save the review</SubmitButton>
      </form>
    </>
  );
}

/** Task_ReoffendingDecision: after a new offence the officer decides whether participation continues. */
export function ReoffendingDecisionForm(props: TaskFormProps) {
  const { draft, set, error, submit } = useTaskDraft(
    props,
    { decision: '', rationale: '' },
    (d) => ({ decision: d.decision || null, rationale: d.rationale.trim() }),
    (d) => [
      ...required(d.decision, 'decision', 'Choose whether participation continues or ends'),
      ...required(d.rationale, 'rationale', 'Give the reason for the decision'),
    ],
  );

  return (
    <>
      <ParticipantContext reference={props.detail.task.caseReference} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="decision"
          legend="Should participation continue?"
          error={error('decision')}
          value={draft.decision}
          onChange={(decision) => set({ decision })}
          options={[
            { value: 'CONTINUE', label: 'Continue on the programme' },
            { value: 'EXIT', label: 'Exit the programme', hint: 'The participant exits as reoffended' },
          ]}
        />
        <Textarea
          id="rationale"
          label="Reason for your decision"
          error={error('rationale')}
          value={draft.rationale}
          onChange={(e) => set({ rationale: e.target.value })}
        />
        <SubmitButton busy={props.busy}>Save the decision</SubmitButton>
      </form>
    </>
  );
}
