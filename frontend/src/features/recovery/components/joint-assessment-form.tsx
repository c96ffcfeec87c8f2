import { SubmitButton } from '../../../components/submit-button';
import { Radios } from '../../../components/radios';
import { Textarea } from '../../../components/textarea';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { ParticipantContext } from './participant-context';
import { asBoolean, required, YES_NO } from './recovery-answers';

interface JointAssessmentDraft {
  willingToEngage: string;
  consentToTreatment: string;
  consentToInformationSharing: string;
  notes: string;
}

const answers = (draft: JointAssessmentDraft) => ({
  willingToEngage: asBoolean(draft.willingToEngage),
  consentToTreatment: asBoolean(draft.consentToTreatment),
  consentToInformationSharing: asBoolean(draft.consentToInformationSharing),
  notes: draft.notes.trim() || null,
});

const problems = (draft: JointAssessmentDraft) => [
  ...required(draft.willingToEngage, 'willingToEngage', 'Say whether the person is willing to engage'),
  ...required(draft.consentToTreatment, 'consentToTreatment', 'Say whether the person consents to treatment'),
  ...required(
    draft.consentToInformationSharing,
    'consentToInformationSharing',
    'Say whether the person consents to information sharing',
  ),
];

/** Task_JointAssessment: willingness and both consents; no consent ends the referral as declined. */
export function JointAssessmentForm(props: TaskFormProps) {
  const { draft, set, error, submit } = useTaskDraft<JointAssessmentDraft>(
    props,
    { willingToEngage: '', consentToTreatment: '', consentToInformationSharing: '', notes: '' },
    answers,
    problems,
  );

  return (
    <>
      <ParticipantContext reference={props.detail.task.caseReference} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="willingToEngage"
          legend="Is the person willing to engage?"
          inline
          options={YES_NO}
          error={error('willingToEngage')}
          value={draft.willingToEngage}
          onChange={(willingToEngage) => set({ willingToEngage })}
        />
        <Radios
          name="consentToTreatment"
          legend="Does the person consent to treatment?"
          inline
          options={YES_NO}
          error={error('consentToTreatment')}
          value={draft.consentToTreatment}
          onChange={(consentToTreatment) => set({ consentToTreatment })}
        />
        <Radios
          name="consentToInformationSharing"
          legend="Does the person consent to information sharing between police and the drug service?"
          inline
          hint="Without both consents the referral ends as declined"
          options={YES_NO}
          error={error('consentToInformationSharing')}
          value={draft.consentToInformationSharing}
          onChange={(consentToInformationSharing) => set({ consentToInformationSharing })}
        />
        <Textarea
          id="notes"
          label="Assessment notes (optional)"
          error={error('notes')}
          value={draft.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
        <SubmitButton busy={props.busy}>Save the assessment</SubmitButton>
      </form>
    </>
  );
}
