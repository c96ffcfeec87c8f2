import { useCallback, useState, type FormEvent } from 'react';
import type { ErrorItem } from '../../../components/error-summary';
import { SubmitButton } from '../../../components/submit-button';
import { Textarea } from '../../../components/textarea';
import { useApiData } from '../../../lib/use-api-data';
import { changeUpdateFrequency, getUpdateFrequency, type AgreedFrequency, type UpdateMethod } from '../api/fraud-cases';
import { caseErrorItems, saveProblems } from './case-problems';
import {
  FREQUENCY_CHOICES,
  UPDATE_METHODS,
  everyDays,
  frequencyInWords,
  validateFrequency,
  type FrequencyDraft,
} from './update-frequency';
import { UpdateFrequencyQuestions } from './update-frequency-questions';

interface Props {
  reference: string;
  errorFor: (id: string) => string | undefined;
  onProblems: (problems: ErrorItem[]) => void;
  onSaved: (notice: string) => void;
}

const methodLabel = (method?: string | null) => UPDATE_METHODS.find((m) => m.value === method)?.label ?? method;

/** Why a case has no timed updates, in words. */
const NO_UPDATES: Record<Exclude<AgreedFrequency['status'], 'AGREED'>, string> = {
  OPTED_OUT: 'The victim opted out of updates: no regular updates are given.',
  UNREACHABLE:
    'The victim could not be reached when the officer in charge tried to tell them who they are: no timed updates until a frequency is agreed with them, recorded below.',
  DECLINED:
    'The victim did not want regular updates when told who their officer is (they are still told of case events and decisions). If they change their mind, record a frequency below.',
  NOT_AGREED:
    'No update frequency has been recorded: it is agreed when the officer in charge tells the victim who they are.',
};

function draftOf(current: AgreedFrequency): FrequencyDraft {
  if (current.everyDays == null) return { every: '', otherDays: '', method: current.method ?? '' };
  const days = String(current.everyDays);
  const named = FREQUENCY_CHOICES.some((c) => c.value === days);
  return {
    every: named ? (days as FrequencyDraft['every']) : 'OTHER',
    otherDays: named ? '' : days,
    method: current.method ?? '',
  };
}

/**
 * The victim's agreed update frequency on the case page (Right 6: agreed with the victim, not Code law), and the
 * form the officer in charge or a supervisor changes it with when the victim asks. The case page gives it a new
 * key when the case is read again, so it is read again too.
 */
export function UpdateFrequencySection({ reference, errorFor, onProblems, onSaved }: Props) {
  const load = useCallback(() => getUpdateFrequency(reference), [reference]);
  const { data, error } = useApiData(load);
  return (
    <>
      <h2 className="govuk-heading-m" id="update-frequency-heading">
        How often the victim is updated
      </h2>
      {error && <p className="govuk-body">{error}</p>}
      {data && data.status === 'AGREED' && data.everyDays && (
        <dl className="govuk-summary-list" data-testid="update-frequency">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Agreed with the victim</dt>
            <dd className="govuk-summary-list__value">
              {frequencyInWords(data.everyDays)}, by {methodLabel(data.method)?.toLowerCase()}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Next update due</dt>
            <dd className="govuk-summary-list__value">{data.nextDueOn ?? 'None: the investigation is over'}</dd>
          </div>
        </dl>
      )}
      {data && data.status !== 'AGREED' && (
        <p className="govuk-body" data-testid="update-frequency">
          {NO_UPDATES[data.status]}
        </p>
      )}
      {data?.canChange && (
        <ChangeFrequencyForm
          key={`${data.everyDays}:${data.method}`}
          reference={reference}
          current={data}
          errorFor={errorFor}
          onProblems={onProblems}
          onSaved={onSaved}
        />
      )}
    </>
  );
}

interface FormProps extends Props {
  current: AgreedFrequency;
}

/** What the form says: changing the agreed frequency, or recording one agreed after the victim was told. */
const CHANGE = {
  summary: 'Change how often the victim is updated',
  reasonLabel: 'Why is it changing?',
  reasonHint: "For example, the victim asked for weekly calls. Shown on the case's timeline.",
  reasonMissing: 'Say why the frequency is changing',
  saved: 'How often the victim is updated changed: the next update is re-timed',
};
const FIRST = {
  summary: 'Record how often the victim agreed to be updated',
  reasonLabel: 'How was it agreed?',
  reasonHint: "For example, the victim called back. Shown on the case's timeline.",
  reasonMissing: 'Say how the frequency was agreed',
  saved: 'How often the victim is updated recorded: the first update is timed from today',
};

function ChangeFrequencyForm({ reference, current, errorFor, onProblems, onSaved }: FormProps) {
  const words = current.status === 'AGREED' ? CHANGE : FIRST;
  const [draft, setDraft] = useState<FrequencyDraft>(() => draftOf(current));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...validateFrequency(draft),
      ...(reason.trim() ? [] : [{ field: 'reason-frequency', message: words.reasonMissing }]),
    ];
    if (problems.length > 0) return onProblems(caseErrorItems(problems));
    setBusy(true);
    try {
      await changeUpdateFrequency(reference, everyDays(draft) as number, draft.method as UpdateMethod, reason.trim());
      setReason('');
      onSaved(words.saved);
    } catch (e) {
      onProblems(saveProblems(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{words.summary}</span>
      </summary>
      <div className="govuk-details__text">
        <form onSubmit={submit} noValidate aria-labelledby="update-frequency-heading">
          <UpdateFrequencyQuestions
            draft={draft}
            onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
            errorFor={errorFor}
            methodSuggested={false}
          />
          <Textarea
            id="reason-frequency"
            label={words.reasonLabel}
            hint={words.reasonHint}
            error={errorFor('reason-frequency')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <SubmitButton busy={busy}>{words.summary}</SubmitButton>
        </form>
      </div>
    </details>
  );
}
