import { useState, type FormEvent } from 'react';
import type { CommunicationNeeds, CommunicationNeedsEntry, ContactChannel } from '../api/communication-needs';
import { ApiError, type FieldError } from '../lib/api-client';
import { CHANNEL_LABELS, describeNeeds } from '../lib/communication-needs';
import { ErrorSummary } from './error-summary';
import { Radios } from './radios';
import { SubmitButton } from './submit-button';
import { TextInput } from './text-input';
import { Textarea } from './textarea';

interface Props {
  current: CommunicationNeeds | null;
  save: (needs: CommunicationNeedsEntry) => Promise<unknown>;
  onSaved: () => void;
}

interface Draft {
  interpreterNeeded: string;
  interpreterLanguage: string;
  preferredChannel: string;
  timesToAvoid: string;
  otherNeeds: string;
}

const blankAsNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * Records how the victim needs to be contacted, once; every task that contacts them shows it. Shared by the
 * fraud case page and victim care's victim page, which save it to their own record.
 */
export function CommunicationNeedsForm({ current, save, onSaved }: Props) {
  const [draft, setDraft] = useState<Draft>({
    interpreterNeeded: current ? (current.interpreterNeeded ? 'yes' : 'no') : '',
    interpreterLanguage: current?.interpreterLanguage ?? '',
    preferredChannel: current?.preferredChannel ?? '',
    timesToAvoid: current?.timesToAvoid ?? '',
    otherNeeds: current?.otherNeeds ?? '',
  });
  const [problems, setProblems] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorFor = (field: string) => problems.find((p) => p.field === field)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblems([]);
    setFailure(null);
    try {
      await save({
        interpreterNeeded: draft.interpreterNeeded === '' ? null : draft.interpreterNeeded === 'yes',
        interpreterLanguage: blankAsNull(draft.interpreterLanguage),
        preferredChannel: draft.preferredChannel === '' ? null : (draft.preferredChannel as ContactChannel),
        timesToAvoid: blankAsNull(draft.timesToAvoid),
        otherNeeds: blankAsNull(draft.otherNeeds),
      });
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.fieldErrors.length > 0) setProblems(e.fieldErrors);
      else setFailure(e instanceof ApiError ? e.message : 'The communication needs could not be saved; try again');
    } finally {
      setBusy(false);
    }
  }

  const summary = [
    ...problems.map(({ field, message }) => ({ field: `needs-${field}`, message })),
    ...(failure ? [{ message: failure }] : []),
  ];
  return (
    <form onSubmit={submit} noValidate aria-labelledby="communication-needs-heading">
      <h3 className="govuk-heading-s" id="communication-needs-heading">
        {current ? 'Change the communication needs' : 'Record communication needs'}
      </h3>
      {current && (
        <p className="govuk-body" data-testid="communication-needs-now">
          Now: {describeNeeds(current)} (recorded by {current.recordedOn})
        </p>
      )}
      {summary.length > 0 && <ErrorSummary errors={summary} />}
      <Radios
        name="needs-interpreterNeeded"
        legend="Does the victim need an interpreter?"
        legendSize="s"
        inline
        error={errorFor('interpreterNeeded')}
        value={draft.interpreterNeeded}
        onChange={(interpreterNeeded) => setDraft((d) => ({ ...d, interpreterNeeded }))}
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
      />
      {draft.interpreterNeeded === 'yes' && (
        <TextInput
          id="needs-interpreterLanguage"
          label="Language"
          error={errorFor('interpreterLanguage')}
          value={draft.interpreterLanguage}
          onChange={(e) => setDraft((d) => ({ ...d, interpreterLanguage: e.target.value }))}
        />
      )}
      <Radios
        name="needs-preferredChannel"
        legend="How does the victim prefer to be contacted?"
        legendSize="s"
        error={errorFor('preferredChannel')}
        value={draft.preferredChannel}
        onChange={(preferredChannel) => setDraft((d) => ({ ...d, preferredChannel }))}
        options={Object.entries(CHANNEL_LABELS).map(([value, label]) => ({
          value,
          label: label.charAt(0).toUpperCase() + label.slice(1),
        }))}
      />
      <Textarea
        id="needs-timesToAvoid"
        label="Times to avoid"
        hint="For example, not after 6pm; carer visits Tuesday mornings"
        rows={2}
        error={errorFor('timesToAvoid')}
        value={draft.timesToAvoid}
        onChange={(e) => setDraft((d) => ({ ...d, timesToAvoid: e.target.value }))}
      />
      <Textarea
        id="needs-otherNeeds"
        label="Other needs"
        hint="For example, large print, hearing loss, British Sign Language, a third party present"
        rows={2}
        error={errorFor('otherNeeds')}
        value={draft.otherNeeds}
        onChange={(e) => setDraft((d) => ({ ...d, otherNeeds: e.target.value }))}
      />
      <SubmitButton busy={busy}>Save communication needs</SubmitButton>
    </form>
  );
}
