import { useCallback, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { Select } from '../../../components/select';
import { dateProblem, todayIso, toIsoDate, type DateParts } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { countText, rateText, WITHHELD_NOTE } from '../../../lib/withheld-counts';
import { useSession } from '../../../lib/session-context';
import { evaluationCsvHref, getEvaluation, type AreaEvaluation, type Count } from '../api/evaluation';
import { FunnelChart, funnelOf } from './funnel-chart';
import { canSeeEvaluation } from './recovery-access';
import {
  DISCHARGE_REASONS,
  EXIT_REASONS,
  formatPounds,
  INELIGIBILITY_REASONS,
  inWords,
  REFERRAL_SOURCES,
} from './recovery-words';
import { TableHead } from '../../../components/table-head';
import { EvaluatorDownloads } from './evaluator-downloads';

const partsOf = (iso: string): DateParts => {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

/** The twelve months to today, when the address names no period. */
export function defaultPeriod(today = todayIso()): { from: string; to: string } {
  const [y, m, d] = today.split('-');
  return { from: `${Number(y) - 1}-${m}-${d}`, to: today };
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** Rows of a label and a count already in words. */
function CountTable({ caption, rows }: { caption: string; rows: [string, string][] }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <tbody className="govuk-table__body">
        {rows.length === 0 ? (
          <tr className="govuk-table__row">
            <td className="govuk-table__cell">None</td>
          </tr>
        ) : (
          rows.map(([label, count]) => (
            <tr className="govuk-table__row" key={label}>
              <th scope="row" className="govuk-table__header">
                {label}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

const countRows = (rows: [string, Count][]): [string, string][] =>
  rows.map(([label, count]) => [label, countText(count)]);

/** A total rounded to the nearest 5, so that it cannot give a withheld count in its breakdown away. */
const totalText = (a: AreaEvaluation, figure: string, count: Count): string =>
  count !== null && a.roundedToFive?.includes(figure) ? `about ${count} (rounded to the nearest 5)` : countText(count);

const rowsOf = <K extends string>(words: Record<K, string>, counts: Partial<Record<K, Count>>): [string, string][] =>
  countRows((Object.entries(counts) as [K, Count][]).map(([code, count]) => [inWords(words, code), count]));

function AreaFigures({ a }: { a: AreaEvaluation }) {
  return (
    <section aria-labelledby={`area-${a.area}`} data-testid={`area-${a.area}`}>
      <h2 className="govuk-heading-m" id={`area-${a.area}`}>
        {a.name}
      </h2>
      <CountTable
        caption={`Referrals and outcomes in ${a.name}`}
        rows={[
          ['Referrals', totalText(a, 'referrals', a.referrals)],
          ['Eligible', totalText(a, 'eligible', a.eligible)],
          ['Not eligible', totalText(a, 'ineligible', a.ineligible)],
          ...countRows([
            ['Declined at assessment', a.declinedAtAssessment],
            ['Withdrew consent', a.withdrewConsent],
            ['Inactive', a.inactive],
            ['Enrolments', a.enrolments],
            ['Rehab admissions', a.rehabAdmissions],
            ['Rehab completions', a.rehabCompletions],
          ]),
          ['Early discharges from rehab', totalText(a, 'rehabEarlyDischarges', a.rehabEarlyDischarges)],
        ]}
      />
      <CountTable caption={`Referrals by source in ${a.name}`} rows={rowsOf(REFERRAL_SOURCES, a.referralsBySource)} />
      <CountTable
        caption={`Reasons not eligible in ${a.name}`}
        rows={rowsOf(INELIGIBILITY_REASONS, a.ineligibilityReasons)}
      />
      <CountTable
        caption={`Early discharge reasons in ${a.name}`}
        rows={rowsOf(DISCHARGE_REASONS, a.earlyDischargeReasons)}
      />
      <CountTable caption={`Exits by reason in ${a.name}`} rows={rowsOf(EXIT_REASONS, a.exitsByReason)} />
      {a.engagementByReview.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Engagement per review in {a.name}</caption>
          <TableHead
            columns={[
              'Review',
              { label: 'Recorded', numeric: true },
              { label: 'Attended', numeric: true },
              { label: 'Partly', numeric: true },
              { label: 'Missed', numeric: true },
              { label: 'Engagement rate', numeric: true },
            ]}
          />
          <tbody className="govuk-table__body">
            {a.engagementByReview.map((r) => (
              <tr className="govuk-table__row" key={r.reviewNumber}>
                <th scope="row" className="govuk-table__header">
                  Review {r.reviewNumber}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {totalText(a, `engagementByReview.${r.reviewNumber}.recorded`, r.recorded)}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{countText(r.attended)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{countText(r.partly)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{countText(r.missed)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{rateText(r.engagementRate, percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {a.followUps.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Follow-ups after exit in {a.name}</caption>
          <TableHead
            columns={[
              'After',
              { label: 'Followed up', numeric: true },
              { label: 'Abstinent', numeric: true },
              { label: 'Reoffended', numeric: true },
              { label: 'Not traced', numeric: true },
            ]}
          />
          <tbody className="govuk-table__body">
            {a.followUps.map((f) => (
              <tr className="govuk-table__row" key={f.months}>
                <th scope="row" className="govuk-table__header">
                  {f.months} months
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{countText(f.followedUp)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{countText(f.abstinent)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{countText(f.reoffended)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{countText(f.notTraced)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Shop theft per week in {a.name}: the 12 months before enrolment, during and after participation (
          {countText(a.offending.participants)} participants)
        </caption>
        <TableHead
          columns={[
            'Period',
            { label: 'Participants', numeric: true },
            { label: 'Offences per week', numeric: true },
            { label: 'Value stolen per week', numeric: true },
          ]}
        />
        <tbody className="govuk-table__body">
          {(
            [
              ['Before enrolment', a.offending.before],
              ['During participation', a.offending.during],
              ['After exit', a.offending.after],
            ] as const
          ).map(([label, rate]) => (
            <tr className="govuk-table__row" key={label}>
              <th scope="row" className="govuk-table__header">
                {label}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{countText(rate.participants)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {rateText(rate.offencesPerWeek, (perWeek) => perWeek.toFixed(2))}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {rateText(rate.valueStolenPerWeekGbp, formatPounds)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Evaluation() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const period = defaultPeriod();
  const from = params.get('from') ?? period.from;
  const to = params.get('to') ?? period.to;
  const area = params.get('area') ?? '';
  const [fromParts, setFromParts] = useState(() => partsOf(from));
  const [toParts, setToParts] = useState(() => partsOf(to));
  const [chosenArea, setChosenArea] = useState(area);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  // every area at once: the choice of area only narrows what is shown, and fills the area list
  const load = useCallback(() => getEvaluation({ from, to }), [from, to]);
  const evaluation = useApiData(load);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: ErrorItem[] = [];
    const fromProblem = dateProblem(fromParts, 'the start of the period');
    if (fromProblem) problems.push({ field: 'from-day', message: fromProblem });
    const toProblem = dateProblem(toParts, 'the end of the period');
    if (toProblem) problems.push({ field: 'to-day', message: toProblem });
    const newFrom = toIsoDate(fromParts);
    const newTo = toIsoDate(toParts);
    if (!fromProblem && !toProblem && newFrom && newTo && newFrom > newTo) {
      problems.push({ field: 'to-day', message: 'The end of the period must be on or after its start' });
    }
    setErrors(problems);
    if (problems.length > 0 || !newFrom || !newTo) return;
    const query = new URLSearchParams({ from: newFrom, to: newTo });
    if (chosenArea) query.set('area', chosenArea);
    navigate(`/recovery/evaluation?${query}`);
  }

  const error = (id: string) => errors.find((e) => e.field === id)?.message;
  const allAreas = evaluation.data?.areas ?? [];
  const shown = area ? allAreas.filter((a) => a.area === area) : allAreas;
  return (
    <>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">Offender to Recovery</span>
      <h1 className="govuk-heading-l">Evaluation</h1>
      <p className="govuk-body">Aggregated figures for the programme's independent evaluation. No one is named.</p>
      <form onSubmit={submit} noValidate aria-label="Period and area">
        <DateInput id="from" legend="From" error={error('from-day')} value={fromParts} onChange={setFromParts} />
        <DateInput id="to" legend="To" error={error('to-day')} value={toParts} onChange={setToParts} />
        <Select
          id="area"
          label="Local authority area"
          placeholder="All areas"
          options={allAreas.map((a) => ({ value: a.area, label: a.name }))}
          value={chosenArea}
          onChange={setChosenArea}
        />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show figures
        </button>
      </form>
      {evaluation.error ? (
        <p className="govuk-body" data-testid="evaluation-problem">
          {evaluation.error}
        </p>
      ) : !evaluation.data ? (
        <p className="govuk-body">Loading…</p>
      ) : (
        <>
          <p className="govuk-body">
            <a
              className="govuk-link"
              href={evaluationCsvHref({ from, to, area })}
              download
              data-testid="evaluation-csv"
            >
              Download CSV <span className="govuk-visually-hidden">of these figures</span>
            </a>
          </p>
          <p className="govuk-body">
            {WITHHELD_NOTE} A total that would give such a count away is rounded to the nearest 5.
          </p>
          <h2 className="govuk-heading-m">Referral funnel{area ? `: ${shown[0]?.name ?? area}` : ', all areas'}</h2>
          <FunnelChart steps={funnelOf(shown)} />
          {shown.map((a) => (
            <AreaFigures key={a.area} a={a} />
          ))}
          <EvaluatorDownloads />
        </>
      )}
    </>
  );
}

/** /recovery/evaluation: the programme's figures per area and period, a funnel chart and the CSV export. */
export function EvaluationPage() {
  const { user } = useSession();
  if (!canSeeEvaluation(user)) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot see the evaluation</h1>
        <p className="govuk-body">
          The evaluation figures are for O2R officers, performance analysts and administrators.
        </p>
      </>
    );
  }
  return <Evaluation />;
}
