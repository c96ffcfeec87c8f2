import { useState, type FormEvent } from 'react';
import { Checkboxes } from '../../../components/checkboxes';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { SubmitButton } from '../../../components/submit-button';
import { TextInput } from '../../../components/text-input';
import { ApiError } from '../../../lib/api-client';
import { changePlanDefault, type PlanDefaultChange } from '../api/plan-defaults';
import type { Advice, PlanDefaults, ProtectResource } from '../api/referrals';
import { wholeNumberProblem } from './plan-default-words';
import { ADVICE, RESOURCES } from './victim-care-words';

interface Props {
  defaults: PlanDefaults;
  onChanged: (after: PlanDefaults) => void;
  onCancel: () => void;
}

const choices = <K extends string>(words: Record<K, string>) =>
  (Object.keys(words) as K[]).map((value) => ({ value, label: words[value] }));

function problems(change: PlanDefaultChange): ErrorItem[] {
  const found: ErrorItem[] = [];
  if (change.name.trim() === '') found.push({ field: 'name', message: 'Enter the support level’s name' });
  const every = wholeNumberProblem(change.contactEveryDays, 'the number of days between contacts', 1, 365);
  if (every) found.push({ field: 'contactEveryDays', message: every });
  const contacts = wholeNumberProblem(change.contacts, 'the number of contacts', 1, 52);
  if (contacts) found.push({ field: 'contacts', message: contacts });
  return found;
}

/** A supervisor's change to one support level's default plan; plans already agreed keep what they were agreed with. */
export function PlanDefaultForm({ defaults, onChanged, onCancel }: Props) {
  const [change, setChange] = useState<PlanDefaultChange>({
    name: defaults.supportName,
    contactEveryDays: String(defaults.contactEveryDays),
    contacts: String(defaults.suggestedContacts.length),
    advice: defaults.advice,
    resources: defaults.resources,
  });
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const set = (patch: Partial<PlanDefaultChange>) => setChange((c) => ({ ...c, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = problems(change);
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    changePlanDefault(defaults.supportLevel, { ...change, name: change.name.trim() })
      .then(onChanged)
      .catch((e) =>
        setErrors(
          e instanceof ApiError && e.fieldErrors.length > 0
            ? e.fieldErrors
            : [{ message: e instanceof Error ? e.message : 'The defaults could not be changed' }],
        ),
      )
      .finally(() => setBusy(false));
  };

  return (
    <form onSubmit={submit} noValidate data-testid={`plan-default-form-${defaults.supportLevel}`}>
      <h2 className="govuk-heading-m">Change the {defaults.supportName.toLowerCase()} defaults</h2>
      <ErrorSummary errors={errors} />
      <TextInput
        id="name"
        label="Name of the support level"
        className="govuk-input--width-20"
        error={errorFor('name')}
        value={change.name}
        onChange={(e) => set({ name: e.target.value })}
      />
      <TextInput
        id="contactEveryDays"
        label="Days between contacts"
        hint="From 1 to 365, for example 7 for weekly"
        inputMode="numeric"
        className="govuk-input--width-3"
        error={errorFor('contactEveryDays')}
        value={change.contactEveryDays}
        onChange={(e) => set({ contactEveryDays: e.target.value })}
      />
      <TextInput
        id="contacts"
        label="Number of contacts"
        hint="From 1 to 52"
        inputMode="numeric"
        className="govuk-input--width-3"
        error={errorFor('contacts')}
        value={change.contacts}
        onChange={(e) => set({ contacts: e.target.value })}
      />
      <Checkboxes
        name="advice"
        legend="Advice to cover"
        legendSize="s"
        error={errorFor('advice')}
        options={choices(ADVICE)}
        values={change.advice}
        onChange={(advice) => set({ advice: advice as Advice[] })}
      />
      <Checkboxes
        name="resources"
        legend="Resources to offer"
        legendSize="s"
        error={errorFor('resources')}
        options={choices(RESOURCES)}
        values={change.resources}
        onChange={(resources) => set({ resources: resources as ProtectResource[] })}
      />
      <div className="govuk-button-group">
        <SubmitButton busy={busy}>Save the defaults</SubmitButton>
        <button type="button" className="govuk-link app-link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
