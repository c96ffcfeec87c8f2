import { useCallback, useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary } from '../../../components/error-summary';
import { SuccessBanner } from '../../../components/notification-banner';
import { SubmitButton } from '../../../components/submit-button';
import { TextInput } from '../../../components/text-input';
import { ApiError, type FieldError } from '../../../lib/api-client';
import { dateProblem, formatDate, todayIso, toIsoDate } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { correctProtectActivityFigure, listProtectActivity, type ProtectActivity } from '../api/protect-activity';
import { ProtectActivityForm } from './protect-activity-form';
import { figureProblem, partsOf, PROTECT_ACTIVITY_KINDS, threeMonthsTo } from './protect-activity-words';
import { RequireVictimCareOfficer } from './require-victim-care-officer';

interface Period {
  from: string;
  to: string;
}

function PeriodForm({ period, onChange }: { period: Period; onChange: (p: Period) => void }) {
  const [from, setFrom] = useState(partsOf(period.from));
  const [to, setTo] = useState(partsOf(period.to));
  const [errors, setErrors] = useState<FieldError[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const fromProblem = dateProblem(from, 'the first day');
    if (fromProblem) found.push({ field: 'from-day', message: fromProblem });
    const toProblem = dateProblem(to, 'the last day');
    if (toProblem) found.push({ field: 'to-day', message: toProblem });
    const start = toIsoDate(from);
    const end = toIsoDate(to);
    if (found.length === 0 && start && end && start > end) {
      found.push({ field: 'from-day', message: 'The first day must be on or before the last day' });
    }
    setErrors(found);
    if (found.length === 0 && start && end) onChange({ from: start, to: end });
  };

  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <DateInput id="from" legend="First day" error={errorFor('from-day')} value={from} onChange={setFrom} />
      <DateInput id="to" legend="Last day" error={errorFor('to-day')} value={to} onChange={setTo} />
      <SubmitButton busy={false}>Show activity</SubmitButton>
    </form>
  );
}

/** Puts right a figure recorded by this officer or their team; the server refuses anyone else's and audits it. */
function CorrectionForm({
  activity,
  onCorrected,
}: {
  activity: ProtectActivity;
  onCorrected: (a: ProtectActivity) => void;
}) {
  const [figure, setFigure] = useState(String(activity.figure));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = figureProblem(figure);
    setErrors(problem ? [{ field: 'corrected-figure', message: problem }] : []);
    if (problem) return;
    setBusy(true);
    correctProtectActivityFigure(activity.id, figure.trim())
      .then(onCorrected)
      .catch((e) =>
        setErrors([
          {
            field: 'corrected-figure',
            message:
              e instanceof ApiError && e.fieldErrors.length > 0
                ? e.fieldErrors[0].message
                : e instanceof Error
                  ? e.message
                  : 'The figure could not be corrected',
          },
        ]),
      )
      .finally(() => setBusy(false));
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Correct the figure for “{activity.title}”</h2>
      <ErrorSummary errors={errors} />
      <TextInput
        id="corrected-figure"
        label={PROTECT_ACTIVITY_KINDS[activity.kind].figure}
        inputMode="numeric"
        className="govuk-input--width-10"
        error={errors[0]?.message}
        value={figure}
        onChange={(e) => setFigure(e.target.value)}
      />
      <SubmitButton busy={busy}>Correct figure</SubmitButton>
    </form>
  );
}

function ActivityTable({
  activity,
  onCorrect,
}: {
  activity: ProtectActivity[];
  onCorrect: (a: ProtectActivity) => void;
}) {
  if (activity.length === 0) return <p className="govuk-body">No Protect activity was recorded in this period.</p>;
  return (
    <table className="govuk-table" data-testid="protect-activity">
      <caption className="govuk-table__caption govuk-table__caption--m">Activity in the period</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {['Date', 'Activity', 'Title'].map((h) => (
            <th scope="col" className="govuk-table__header" key={h}>
              {h}
            </th>
          ))}
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Impressions or people engaged
          </th>
          <th scope="col" className="govuk-table__header">
            Recorded by
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {activity.map((a) => (
          <tr className="govuk-table__row" key={a.id}>
            <td className="govuk-table__cell">{formatDate(a.heldOn)}</td>
            <td className="govuk-table__cell">{PROTECT_ACTIVITY_KINDS[a.kind].label}</td>
            <th scope="row" className="govuk-table__header">
              {a.title}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{a.figure}</td>
            <td className="govuk-table__cell">
              {a.recordedBy}
              {a.correctedBy && ` (corrected by ${a.correctedBy})`}
            </td>
            <td className="govuk-table__cell">
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => onCorrect(a)}
              >
                Correct<span className="govuk-visually-hidden"> the figure for {a.title}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Activity() {
  const [period, setPeriod] = useState<Period>(() => {
    const today = todayIso();
    return { from: threeMonthsTo(today), to: today };
  });
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<ProtectActivity | null>(null);
  // A new function after each change makes useApiData read the list again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const load = useCallback(() => listProtectActivity(period.from, period.to), [period, version]);
  const activity = useApiData(load);
  const changed = (text: string) => {
    setMessage(text);
    setCorrecting(null);
    setVersion((v) => v + 1);
  };

  return (
    <>
      <h1 className="govuk-heading-l">Protect activity</h1>
      <SuccessBanner message={message} />
      <p className="govuk-body">
        Social media posts and outreach Protect or crime prevention events, as reported to the City of London Police on
        APMIS. They are counted in the board report.
      </p>
      <PeriodForm period={period} onChange={setPeriod} />
      {activity.error && <p className="govuk-error-message">{activity.error}</p>}
      {activity.data && <ActivityTable activity={activity.data} onCorrect={setCorrecting} />}
      {correcting && (
        <CorrectionForm
          key={correcting.id}
          activity={correcting}
          onCorrected={(a) => changed(`Figure corrected: “${a.title}” now has ${a.figure}`)}
        />
      )}
      <ProtectActivityForm onRecorded={(a) => changed(`Activity recorded: “${a.title}”`)} />
    </>
  );
}

/** /victim-care/protect-activity: the posts and events reported on APMIS in a period, recorded and corrected. */
export function ProtectActivityPage() {
  return (
    <RequireVictimCareOfficer>
      <Activity />
    </RequireVictimCareOfficer>
  );
}
