import { useCallback } from 'react';
import { listTeamMembers } from '../../../api/reference';
import { Select } from '../../../components/select';
import { TextInput } from '../../../components/text-input';
import { useApiData } from '../../../lib/use-api-data';

interface Props {
  id?: string;
  /** the drug service team of the participant's area (e.g. cgl-birmingham); none until the area is known */
  team?: string;
  value: string;
  onChange: (username: string) => void;
  error?: string;
}

/** The area's drug referral workers to choose from; a user who may not list that team types the username. */
export function KeyWorkerField({ id = 'keyWorker', team, value, onChange, error }: Props) {
  const load = useCallback(() => (team ? listTeamMembers(team) : Promise.resolve([])), [team]);
  const members = useApiData(load);
  if (members.data && members.data.length > 0) {
    return (
      <Select
        id={id}
        label="Key worker"
        hint="A drug referral worker of the participant's area"
        placeholder="Choose the key worker"
        error={error}
        options={members.data.map((m) => ({ value: m.username, label: m.displayName }))}
        value={value}
        onChange={onChange}
      />
    );
  }
  return (
    <TextInput
      id={id}
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
