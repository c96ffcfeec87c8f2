import { Radios } from '../../../components/radios';
import { TextInput } from '../../../components/text-input';
import { DECLINED_CHOICE, FREQUENCY_CHOICES, MAX_DAYS, UPDATE_METHODS, type FrequencyDraft } from './update-frequency';

interface Props {
  draft: FrequencyDraft;
  onChange: (change: Partial<FrequencyDraft>) => void;
  errorFor: (field: string) => string | undefined;
  /** whether the suggested method came from the victim's communication needs */
  methodSuggested: boolean;
  /** offer "no regular updates" (when the victim is first told who their officer is) */
  allowDecline?: boolean;
}

/**
 * How often the victim wants to be updated and how (Victims' Code Right 6): the police agree it with the victim,
 * who may change it at any time. Field ids are the answers' names, so a problem links to its question.
 */
export function UpdateFrequencyQuestions({ draft, onChange, errorFor, methodSuggested, allowDecline = false }: Props) {
  const otherDays = (
    <TextInput
      id="updateEveryDaysOther"
      label="Number of days between updates"
      hint={`A whole number from 1 to ${MAX_DAYS}`}
      className="govuk-input--width-3"
      inputMode="numeric"
      value={draft.otherDays}
      onChange={(e) => onChange({ otherDays: e.target.value })}
    />
  );
  return (
    <>
      <Radios
        name="updateEveryDays"
        legend="How often does the victim want to be updated?"
        legendSize="s"
        hint="Agreed with the victim, who can change it at any time. Each update is due this long after the last one."
        error={errorFor('updateEveryDays')}
        value={draft.every}
        onChange={(every) => onChange({ every: every as FrequencyDraft['every'] })}
        options={[
          ...FREQUENCY_CHOICES.map((c) => (c.value === 'OTHER' ? { ...c, conditional: otherDays } : c)),
          ...(allowDecline ? [DECLINED_CHOICE] : []),
        ]}
      />
      {draft.every !== 'DECLINED' && (
        <Radios
          name="updateMethod"
          legend="How does the victim want to be updated?"
          legendSize="s"
          hint={methodSuggested ? 'Suggested from the victim’s preferred way to be contacted' : undefined}
          inline
          error={errorFor('updateMethod')}
          value={draft.method}
          onChange={(method) => onChange({ method })}
          options={UPDATE_METHODS}
        />
      )}
    </>
  );
}
