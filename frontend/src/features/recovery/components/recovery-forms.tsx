import { useCallback, useState, type FormEvent } from 'react';
import { NotesField } from '../../../components/notes-field';
import { DateInput } from '../../../components/date-input';
import { Radios } from '../../../components/radios';
import { Select } from '../../../components/select';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import type { FieldError } from '../../../lib/api-client';
import { dateProblem, emptyDate, toIsoDate } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { listTeamMembers } from '../../../api/reference';
import { SubmitButton } from '../../../components/submit-button';
import { errorFor, type TaskFormProps } from '../../../lib/task-form';
import { getParticipant } from '../api/recovery';
import {
  emptyOffence,
  offenceAnswerId,
  offenceProblems,
  offencesOf,
  OffenceRows,
  type OffenceDraft,
} from './offence-rows';
import { ENGAGEMENT, inWords, optionsOf, STATUSES } from './recovery-words';
import { emptyStage, stageAnswers, StageFields, stageFieldId, validateStage, type StageDraft } from './stage-fields';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const asBoolean = (answer: string) => (answer === 'yes' ? true : answer === 'no' ? false : null);

const required = (value: string, field: string, message: string): FieldError[] =>
  value.trim() ? [] : [{ field, message }];

/** Element ids of the answers these forms have: date boxes by their day, offences and stages by row. */
export function recoveryFieldId(field: string): string {
  if (field === 'enrolmentDate') return 'enrolmentDate-day';
  return offenceAnswerId(field) ?? stageFieldId('firstStage.', field) ?? field;
}

/** Who the task is about, from the participant page's API (read as a consultation, so audited). */
function ParticipantContext({ reference }: { reference: string }) {
  const load = useCallback(() => getParticipant(reference), [reference]);
  const participant = useApiData(load);
  if (!participant.data) return null;
  return (
    <p className="govuk-body" data-testid="task-participant">
      {participant.data.name}, {inWords(STATUSES, participant.data.status)}
    </p>
  );
}

/** Task_JointAssessment: willingness and both consents; no consent ends the referral as declined. */
export function JointAssessmentForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const [draft, setDraft] = useState({
    willingToEngage: '',
    consentToTreatment: '',
    consentToInformationSharing: '',
    notes: '',
  });
  const error = (id: string) => errorFor(errors, id);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(
      {
        willingToEngage: asBoolean(draft.willingToEngage),
        consentToTreatment: asBoolean(draft.consentToTreatment),
        consentToInformationSharing: asBoolean(draft.consentToInformationSharing),
        notes: draft.notes.trim() || null,
      },
      [
        ...required(draft.willingToEngage, 'willingToEngage', 'Say whether the person is willing to engage'),
        ...required(draft.consentToTreatment, 'consentToTreatment', 'Say whether the person consents to treatment'),
        ...required(
          draft.consentToInformationSharing,
          'consentToInformationSharing',
          'Say whether the person consents to information sharing',
        ),
      ],
    );
  }

  return (
    <>
      <ParticipantContext reference={detail.task.caseReference} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="willingToEngage"
          legend="Is the person willing to engage?"
          inline
          options={YES_NO}
          error={error('willingToEngage')}
          value={draft.willingToEngage}
          onChange={(willingToEngage) => setDraft((d) => ({ ...d, willingToEngage }))}
        />
        <Radios
          name="consentToTreatment"
          legend="Does the person consent to treatment?"
          inline
          options={YES_NO}
          error={error('consentToTreatment')}
          value={draft.consentToTreatment}
          onChange={(consentToTreatment) => setDraft((d) => ({ ...d, consentToTreatment }))}
        />
        <Radios
          name="consentToInformationSharing"
          legend="Does the person consent to information sharing between police and the drug service?"
          inline
          hint="Without both consents the referral ends as declined"
          options={YES_NO}
          error={error('consentToInformationSharing')}
          value={draft.consentToInformationSharing}
          onChange={(consentToInformationSharing) => setDraft((d) => ({ ...d, consentToInformationSharing }))}
        />
        <Textarea
          id="notes"
          label="Assessment notes (optional)"
          error={error('notes')}
          value={draft.notes}
          onChange={(e) => setDraft((d) => ({ ...d, notes: e.target.value }))}
        />
        <SubmitButton busy={busy}>Save the assessment</SubmitButton>
      </form>
    </>
  );
}

/** The area's drug referral workers, for a drug worker of that area; others type the username. */
function KeyWorkerField({
  reference,
  value,
  onChange,
  error,
}: {
  reference: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const loadTeam = useCallback(
    () => getParticipant(reference).then((p) => listTeamMembers(`cgl-${p.localAuthority}`)),
    [reference],
  );
  const team = useApiData(loadTeam);
  if (team.data && team.data.length > 0) {
    return (
      <Select
        id="keyWorker"
        label="Key worker"
        hint="A drug referral worker of the participant's area"
        placeholder="Choose the key worker"
        error={error}
        options={team.data.map((m) => ({ value: m.username, label: m.displayName }))}
        value={value}
        onChange={onChange}
      />
    );
  }
  return (
    <TextInput
      id="keyWorker"
      label="Key worker's username"
      hint="A drug referral worker of the participant's area, for example drug.worker"
      className="govuk-input--width-20"
      autoComplete="off"
      error={error}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** Task_Enrolment: the date, the key worker and the first treatment pathway stage. */
export function EnrolmentForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const [enrolmentDate, setEnrolmentDate] = useState(emptyDate);
  const [keyWorker, setKeyWorker] = useState('');
  const [stage, setStage] = useState<StageDraft>(emptyStage);
  const error = (field: string) => errorFor(errors, recoveryFieldId(field));

  function submit(event: FormEvent) {
    event.preventDefault();
    const date = dateProblem(enrolmentDate, 'the enrolment date', { notInFuture: true });
    onSubmit(
      { enrolmentDate: toIsoDate(enrolmentDate), keyWorker: keyWorker.trim(), firstStage: stageAnswers(stage) },
      [
        ...(date ? [{ field: 'enrolmentDate', message: date }] : []),
        ...required(keyWorker, 'keyWorker', 'Choose the key worker'),
        ...validateStage(stage, 'firstStage.'),
      ],
    );
  }

  return (
    <>
      <ParticipantContext reference={detail.task.caseReference} />
      <form onSubmit={submit} noValidate>
        <DateInput
          id="enrolmentDate"
          legend="Enrolment date"
          error={error('enrolmentDate')}
          value={enrolmentDate}
          onChange={setEnrolmentDate}
        />
        <KeyWorkerField
          reference={detail.task.caseReference}
          value={keyWorker}
          onChange={setKeyWorker}
          error={error('keyWorker')}
        />
        <h2 className="govuk-heading-m">First treatment pathway stage</h2>
        <StageFields
          prefix="firstStage."
          draft={stage}
          onChange={setStage}
          error={error}
          notesHint="Only drug referral workers see these notes"
        />
        <SubmitButton busy={busy}>Enrol the participant</SubmitButton>
      </form>
    </>
  );
}

/** Task_ProgrammeReview: the drug worker's part of a review. */
export function ProgrammeReviewForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const [engagement, setEngagement] = useState('');
  const [treatmentNotes, setTreatmentNotes] = useState('');
  const error = (id: string) => errorFor(errors, id);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(
      { engagement: engagement || null, treatmentNotes: treatmentNotes.trim() || null },
      required(engagement, 'engagement', 'Choose whether the participant attended, missed or partly attended'),
    );
  }

  return (
    <>
      <ParticipantContext reference={detail.task.caseReference} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="engagement"
          legend="Did the participant attend the review?"
          hint="Two missed reviews in a row start re-engagement"
          options={optionsOf(ENGAGEMENT)}
          error={error('engagement')}
          value={engagement}
          onChange={setEngagement}
        />
        <Textarea
          id="treatmentNotes"
          label="Treatment notes (optional)"
          hint="Health information: only drug referral workers see these notes"
          error={error('treatmentNotes')}
          value={treatmentNotes}
          onChange={(e) => setTreatmentNotes(e.target.value)}
        />
        <SubmitButton busy={busy}>Save the review</SubmitButton>
      </form>
    </>
  );
}

/** Task_OffendingReview: the officer's part of a review, the shop theft offences since the last one. */
export function OffendingReviewForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const [offences, setOffences] = useState<OffenceDraft[]>([]);
  const error = (field: string) => errorFor(errors, recoveryFieldId(field));

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ newOffences: offencesOf(offences) }, offenceProblems('newOffences', offences));
  }

  return (
    <>
      <ParticipantContext reference={detail.task.caseReference} />
      <form onSubmit={submit} noValidate>
        <OffenceRows
          name="newOffences"
          legend="New shop theft offences since the last review"
          hint="Leave empty if there are none. A new offence does not end participation: you decide next whether it continues."
          offences={offences}
          onChange={setOffences}
          error={error}
        />
        <SubmitButton busy={busy}>Save the review</SubmitButton>
      </form>
    </>
  );
}

/** Task_ReoffendingDecision: after a new offence the officer decides whether participation continues. */
export function ReoffendingDecisionForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const [decision, setDecision] = useState('');
  const [rationale, setRationale] = useState('');
  const error = (id: string) => errorFor(errors, id);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ decision: decision || null, rationale: rationale.trim() }, [
      ...required(decision, 'decision', 'Choose whether participation continues or ends'),
      ...required(rationale, 'rationale', 'Give the reason for the decision'),
    ]);
  }

  return (
    <>
      <ParticipantContext reference={detail.task.caseReference} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="decision"
          legend="Should participation continue?"
          error={error('decision')}
          value={decision}
          onChange={setDecision}
          options={[
            { value: 'CONTINUE', label: 'Continue on the programme' },
            { value: 'EXIT', label: 'Exit the programme', hint: 'The participant exits as reoffended' },
          ]}
        />
        <Textarea
          id="rationale"
          label="Reason for your decision"
          error={error('rationale')}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
        />
        <SubmitButton busy={busy}>Save the decision</SubmitButton>
      </form>
    </>
  );
}

/** Task_ReEngagement: after two missed reviews; if it fails the participant exits as disengaged. */
export function ReEngagementForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const [reEngaged, setReEngaged] = useState('');
  const [notes, setNotes] = useState('');
  const error = (id: string) => errorFor(errors, id);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ reEngaged: asBoolean(reEngaged), notes: notes.trim() }, [
      ...required(reEngaged, 'reEngaged', 'Say whether the participant re-engaged'),
      ...required(notes, 'notes', 'Say what was tried'),
    ]);
  }

  return (
    <>
      <ParticipantContext reference={detail.task.caseReference} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="reEngaged"
          legend="Has the participant re-engaged?"
          hint="If not, they exit the programme as disengaged"
          inline
          options={YES_NO}
          error={error('reEngaged')}
          value={reEngaged}
          onChange={setReEngaged}
        />
        <Textarea
          id="notes"
          label="What was tried"
          error={error('notes')}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
        <SubmitButton busy={busy}>Save</SubmitButton>
      </form>
    </>
  );
}

/** Task_FollowUp: abstinence and reoffending at a set interval after exit, for the evaluation. */
const TRACED = [
  { value: 'FOLLOWED_UP', label: 'Yes' },
  { value: 'NOT_TRACED', label: 'No, not traced' },
];

export function FollowUpForm({ detail, errors, busy, onSubmit }: TaskFormProps) {
  const [result, setResult] = useState('');
  const [abstinent, setAbstinent] = useState('');
  const [reoffended, setReoffended] = useState('');
  const [offences, setOffences] = useState<OffenceDraft[]>([emptyOffence()]);
  const [notes, setNotes] = useState('');
  const error = (field: string) => errorFor(errors, recoveryFieldId(field));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (result === 'NOT_TRACED') {
      // nothing is known of a person not traced: no abstinence, reoffending or offences
      onSubmit({ result, notes: notes.trim() || null }, []);
      return;
    }
    const withOffences = reoffended === 'yes';
    onSubmit(
      {
        result: 'FOLLOWED_UP',
        abstinent: asBoolean(abstinent),
        reoffended: asBoolean(reoffended),
        offences: withOffences ? offencesOf(offences) : [],
        notes: notes.trim() || null,
      },
      [
        ...required(result, 'result', 'Say whether the person could be traced'),
        ...required(abstinent, 'abstinent', 'Say whether the person is abstinent'),
        ...required(reoffended, 'reoffended', 'Say whether the person has reoffended'),
        ...(withOffences ? offenceProblems('offences', offences) : []),
      ],
    );
  }

  return (
    <>
      <ParticipantContext reference={detail.task.caseReference} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="result"
          legend="Could the person be traced?"
          inline
          options={TRACED}
          error={error('result')}
          value={result}
          onChange={setResult}
        />
        {result !== 'NOT_TRACED' && (
          <>
            <Radios
              name="abstinent"
              legend="Is the person abstinent?"
              inline
              options={YES_NO}
              error={error('abstinent')}
              value={abstinent}
              onChange={setAbstinent}
            />
            <Radios
              name="reoffended"
              legend="Has the person reoffended?"
              inline
              options={YES_NO}
              error={error('reoffended')}
              value={reoffended}
              onChange={setReoffended}
            />
          </>
        )}
        {result !== 'NOT_TRACED' && reoffended === 'yes' && (
          <OffenceRows
            name="offences"
            legend="Shop theft offences since the exit (optional)"
            offences={offences}
            onChange={setOffences}
            error={error}
          />
        )}
        <NotesField error={error('notes')} value={notes} onChange={setNotes} />
        <SubmitButton busy={busy}>Save the follow-up</SubmitButton>
      </form>
    </>
  );
}
