import { useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary } from '../../../components/error-summary';
import { Radios } from '../../../components/radios';
import { SubmitButton } from '../../../components/submit-button';
import { TextInput } from '../../../components/text-input';
import { ApiError, type FieldError } from '../../../lib/api-client';
import { dateProblem, emptyDate, toIsoDate } from '../../../lib/dates';
import { recordProtectActivity, type ProtectActivity, type ProtectActivityKind } from '../api/protect-activity';
import { figureProblem, PROTECT_ACTIVITY_KINDS } from './protect-activity-words';

/** The server names the date "heldOn"; the summary links to its day box. */
const onPage = (errors: FieldError[]) => errors.map((e) => (e.field === 'heldOn' ? { ...e, field: 'heldOn-day' } : e));

function problems(kind: string, heldOn: ReturnType<typeof emptyDate>, title: string, figure: string) {
  const found: FieldError[] = [];
  if (!kind) found.push({ field: 'kind', message: 'Choose whether it was a social media post or an outreach event' });
  const date = dateProblem(heldOn, 'the date it was posted or held', { notInFuture: true });
  if (date) found.push({ field: 'heldOn-day', message: date });
  if (!title.trim()) found.push({ field: 'title', message: 'Enter a short title for the post or event' });
  else if (title.trim().length > 200)
    found.push({ field: 'title', message: 'The title must be 200 characters or fewer' });
  const number = figureProblem(figure);
  if (number) found.push({ field: 'figure', message: number });
  return found;
}

/** Records a post or event; checked here first, and the server checks the same. */
export function ProtectActivityForm({ onRecorded }: { onRecorded: (activity: ProtectActivity) => void }) {
  const [kind, setKind] = useState('');
  const [heldOn, setHeldOn] = useState(emptyDate());
  const [title, setTitle] = useState('');
  const [figure, setFigure] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = problems(kind, heldOn, title, figure);
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    recordProtectActivity({ kind, heldOn: toIsoDate(heldOn) ?? '', title: title.trim(), figure: figure.trim() })
      .then((activity) => {
        setKind('');
        setHeldOn(emptyDate());
        setTitle('');
        setFigure('');
        onRecorded(activity);
      })
      .catch((e) =>
        setErrors(
          e instanceof ApiError && e.fieldErrors.length > 0
            ? onPage(e.fieldErrors)
            : [{ field: 'kind', message: e instanceof Error ? e.message : 'The activity could not be recorded' }],
        ),
      )
      .finally(() => setBusy(false));
  };

  const chosen = PROTECT_ACTIVITY_KINDS[kind as ProtectActivityKind];
  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Record Protect activity</h2>
      <ErrorSummary errors={errors} />
      <Radios
        name="kind"
        legend="What was it?"
        error={errorFor('kind')}
        value={kind}
        onChange={setKind}
        options={Object.entries(PROTECT_ACTIVITY_KINDS).map(([value, k]) => ({ value, label: k.label, hint: k.hint }))}
      />
      <DateInput
        id="heldOn"
        legend="When was it posted or held?"
        hint="For example, 27 3 2026"
        error={errorFor('heldOn-day')}
        value={heldOn}
        onChange={setHeldOn}
      />
      <TextInput
        id="title"
        label="Title"
        hint="Say what the post or event was, in 200 characters or fewer. Do not include names or any other personal data."
        error={errorFor('title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextInput
        id="figure"
        label={chosen ? chosen.figure : 'Number of impressions or people engaged'}
        hint="As reported on APMIS"
        inputMode="numeric"
        className="govuk-input--width-10"
        error={errorFor('figure')}
        value={figure}
        onChange={(e) => setFigure(e.target.value)}
      />
      <SubmitButton busy={busy}>Record activity</SubmitButton>
    </form>
  );
}
