import { useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import type { ErrorItem } from '../../../components/error-summary';
import { Radios } from '../../../components/radios';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import { emptyDate } from '../../../lib/dates';
import { logCaseEvent } from '../api/fraud-cases';
import { EVENT_TYPE_LABELS } from './case-labels';
import { caseErrorItems, saveProblems } from './case-problems';
import { caseEventAnswers, caseEventLoggedNotice, validateCaseEvent, type CaseEventDraft } from './case-forms';
import { SubmitButton } from '../../../components/submit-button';

interface Props {
  reference: string;
  /** the case is filed or finalised: an event that needs action goes to a supervisor's review */
  closed?: boolean;
  errorFor: (id: string) => string | undefined;
  onProblems: (problems: ErrorItem[]) => void;
  onSaved: (notice: string) => void;
}

const empty = (): CaseEventDraft => ({ eventType: '', occurredOn: emptyDate(), occurredAt: '', details: '' });

/**
 * Logs an arrest, charge, new information or the like with when it happened; the victim must then be told of
 * it (new information aside), counted from that moment, not from when it is logged. On a filed or finalised case
 * an arrest, charge or new information also goes to a supervisor, who may reopen the case.
 */
export function CaseEventForm({ reference, closed = false, errorFor, onProblems, onSaved }: Props) {
  const [draft, setDraft] = useState<CaseEventDraft>(empty);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateCaseEvent(draft);
    if (problems.length > 0) return onProblems(caseErrorItems(problems, ['occurredOn']));
    setBusy(true);
    try {
      const answers = caseEventAnswers(draft);
      await logCaseEvent(reference, answers);
      setDraft(empty());
      onSaved(caseEventLoggedNotice(answers.eventType, closed));
    } catch (e) {
      onProblems(saveProblems(e, ['occurredOn']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="case-event-heading">
      <Radios
        name="eventType"
        legend="What happened?"
        legendSize="s"
        error={errorFor('eventType')}
        value={draft.eventType}
        onChange={(eventType) => setDraft((d) => ({ ...d, eventType }))}
        options={Object.entries(EVENT_TYPE_LABELS).map(([value, text]) => ({ value, label: text }))}
      />
      <DateInput
        id="occurredOn"
        legend="When did it happen?"
        hint="For example, 27 3 2025"
        error={errorFor('occurredOn-day')}
        value={draft.occurredOn}
        onChange={(occurredOn) => setDraft((d) => ({ ...d, occurredOn }))}
      />
      <TextInput
        id="occurredAt"
        label="Time it happened (optional)"
        hint="Use the 24-hour clock, for example 14:30. If you do not know it, the start of the day is used."
        className="govuk-input--width-5"
        inputMode="numeric"
        autoComplete="off"
        error={errorFor('occurredAt')}
        value={draft.occurredAt}
        onChange={(e) => setDraft((d) => ({ ...d, occurredAt: e.target.value }))}
      />
      <Textarea
        id="details"
        label="Details (optional)"
        rows={3}
        error={errorFor('details')}
        value={draft.details}
        onChange={(e) => setDraft((d) => ({ ...d, details: e.target.value }))}
      />
      <SubmitButton busy={busy}>Log event</SubmitButton>
    </form>
  );
}
