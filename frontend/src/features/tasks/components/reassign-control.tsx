import { useCallback, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/error-message';
import { Select } from '../../../components/select';
import { useApiData } from '../../../lib/use-api-data';
import { listTeamMembers, type TeamMember } from '../../../api/reference';
import { REASSIGN_TO_ID } from './reassignment';
import { countOf } from '../../../lib/task-labels';

interface Props {
  teamId: string;
  teamName: string;
  selectedCount: number;
  busy: boolean;
  /** inline errors by the API's field names (taskIds, assignee) */
  errors: Record<string, string | undefined>;
  onReassign: (assignee: string, member: TeamMember | undefined) => void;
}

/** A supervisor gives the ticked tasks (one or many) to a member of the queue's team. */
export function ReassignControl({ teamId, teamName, selectedCount, busy, errors, onReassign }: Props) {
  const loadMembers = useCallback(() => listTeamMembers(teamId), [teamId]);
  const members = useApiData(loadMembers);
  const [assignee, setAssignee] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    onReassign(
      assignee,
      members.data?.find((m) => m.username === assignee),
    );
  }

  return (
    <form className="app-reassign" onSubmit={submit} noValidate>
      <div className={`govuk-form-group${errors.taskIds ? ' govuk-form-group--error' : ''}`}>
        <fieldset
          className="govuk-fieldset"
          aria-describedby={`reassign-selected${errors.taskIds ? ' reassign-selected-error' : ''}`}
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Reassign selected tasks</legend>
          <p className="govuk-body govuk-!-margin-bottom-2" id="reassign-selected">
            {countOf(selectedCount)} selected. Tick tasks in the table, then choose a member of {teamName}.
          </p>
          <ErrorMessage id="reassign-selected-error" message={errors.taskIds} />
          <div className="app-reassign__controls">
            <Select
              id={REASSIGN_TO_ID}
              label="Reassign to"
              placeholder="Choose a team member"
              error={errors.assignee ?? members.error ?? undefined}
              value={assignee}
              onChange={setAssignee}
              options={(members.data ?? []).map((m) => ({ value: m.username, label: m.displayName }))}
            />
            <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
              Reassign selected<span className="govuk-visually-hidden"> tasks</span>
            </button>
          </div>
        </fieldset>
      </div>
    </form>
  );
}
