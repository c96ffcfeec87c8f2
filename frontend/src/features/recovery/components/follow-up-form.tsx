import { NotesField } from '../../../components/notes-field';
import { Radios } from '../../../components/radios';
import { SubmitButton } from '../../../components/submit-button';
import type { TaskFormProps } from '../../../lib/task-form';
import { useTaskDraft } from '../../../lib/use-task-draft';
import { emptyOffence, offenceProblems, offencesOf, OffenceRows, type OffenceDraft } from './offence-rows';
import { ParticipantContext } from './participant-context';
import { asBoolean, recoveryFieldId, required, YES_NO } from './recovery-answers';

const TRACED = [
  { value: 'FOLLOWED_UP', label: 'Yes' },
  { value: 'NOT_TRACED', label: 'No, not traced' },
];

interface FollowUpDraft {
  result: string;
  abstinent: string;
  reoffended: string;
  offences: OffenceDraft[];
  notes: string;
}

// Nothing is known of a person not traced: no abstinence, reoffending or offences.
const answers = (draft: FollowUpDraft) =>
  draft.result === 'NOT_TRACED'
    ? { result: draft.result, notes: draft.notes.trim() || null }
    : {
        result: 'FOLLOWED_UP',
        abstinent: asBoolean(draft.abstinent),
        reoffended: asBoolean(draft.reoffended),
        offences: draft.reoffended === 'yes' ? offencesOf(draft.offences) : [],
        notes: draft.notes.trim() || null,
      };

const problems = (draft: FollowUpDraft) =>
  draft.result === 'NOT_TRACED'
    ? []
    : [
        ...required(draft.result, 'result', 'Say whether the person could be traced'),
        ...required(draft.abstinent, 'abstinent', 'Say whether the person is abstinent'),
        ...required(draft.reoffended, 'reoffended', 'Say whether the person has reoffended'),
        ...(draft.reoffended === 'yes' ? offenceProblems('offences', draft.offences) : []),
      ];

/** Task_FollowUp: abstinence and reoffending at a set interval after exit, for the evaluation. */
export function FollowUpForm(props: TaskFormProps) {
  const { draft, set, error, submit } = useTaskDraft<FollowUpDraft>(
    props,
    () => ({ result: '', abstinent: '', reoffended: '', offences: [emptyOffence()], notes: '' }),
    answers,
    problems,
  );
  const fieldError = (field: string) => error(recoveryFieldId(field));
  const traced = draft.result !== 'NOT_TRACED';

  return (
    <>
      <ParticipantContext reference={props.detail.task.caseReference} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="result"
          legend="Could the person be traced?"
          inline
          options={TRACED}
          error={fieldError('result')}
          value={draft.result}
          onChange={(result) => set({ result })}
        />
        {traced && (
          <>
            <Radios
              name="abstinent"
              legend="Is the person abstinent?"
              inline
              options={YES_NO}
              error={fieldError('abstinent')}
              value={draft.abstinent}
              onChange={(abstinent) => set({ abstinent })}
            />
            <Radios
              name="reoffended"
              legend="Has the person reoffended?"
              inline
              options={YES_NO}
              error={fieldError('reoffended')}
              value={draft.reoffended}
              onChange={(reoffended) => set({ reoffended })}
            />
          </>
        )}
        {traced && draft.reoffended === 'yes' && (
          <OffenceRows
            name="offences"
            legend="Shop theft offences since the exit (optional)"
            offences={draft.offences}
            onChange={(offences) => set({ offences })}
            error={fieldError}
          />
        )}
        <NotesField error={fieldError('notes')} value={draft.notes} onChange={(notes) => set({ notes })} />
        <SubmitButton busy={props.busy}>Save the follow-up</SubmitButton>
      </form>
    </>
  );
}
