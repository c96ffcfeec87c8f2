import { useCallback, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { useApiData } from '../../../lib/use-api-data';
import { validateMonths, validatePeriod } from './sla-words';

/** How one end of the period is asked for. */
export interface PeriodEnd {
  label: string;
  hint: string;
}

/** What a period form asks for, and how it checks the answers. */
export interface PeriodKind {
  first: PeriodEnd;
  last: PeriodEnd;
  /** The GOV.UK width class of both boxes, e.g. govuk-input--width-10 for a date. */
  inputWidth: string;
  /** The problems with what was typed, each naming its box ("from" or "to"); none when it can be shown. */
  validate: (from: string, to: string) => ErrorItem[];
  submitLabel: string;
  testId: string;
}

/** A period of days (ISO dates), as the service level dashboard shows. */
export const DAYS: PeriodKind = {
  first: { label: 'From', hint: 'For example, 2026-01-05' },
  last: { label: 'To', hint: 'For example, 2026-03-29' },
  inputWidth: 'govuk-input--width-10',
  validate: validatePeriod,
  submitLabel: 'Show this period',
  testId: 'period-form',
};

/** A range of months (YYYY-MM), as the Victims' Code report shows. */
export const MONTHS: PeriodKind = {
  first: { label: 'First month', hint: 'For example, 2026-03' },
  last: { label: 'Last month', hint: 'For example, 2026-03' },
  inputWidth: 'govuk-input--width-7',
  validate: validateMonths,
  submitLabel: 'Show these months',
  testId: 'months-form',
};

export interface PeriodFormProps extends PeriodKind {
  /** The period shown now, which the boxes start with. */
  period: { from: string; to: string };
  onChoose: (from: string, to: string) => void;
}

/**
 * A report for the period in the page's address (?from=&to=, none: the server's default), and the choice of
 * another period, which goes into the address so that it can be bookmarked and the back button returns to it.
 */
export function usePeriodReport<T>(get: (period: { from?: string; to?: string }) => Promise<T>) {
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const load = useCallback(() => get({ from, to }), [get, from, to]);
  const { data, error } = useApiData(load);
  const choose = useCallback((f: string, t: string) => setParams({ from: f, to: t }), [setParams]);
  return { data, error, choose };
}

/**
 * The "from … to …" form above a report: the service level dashboard asks for days, the Victims' Code report for
 * months. Nothing is asked of the server until both ends pass the page's own check.
 */
export function PeriodForm({
  period,
  first,
  last,
  inputWidth,
  validate,
  submitLabel,
  testId,
  onChoose,
}: PeriodFormProps) {
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [errors, setErrors] = useState<ErrorItem[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validate(from, to);
    setErrors(problems);
    if (problems.length === 0) onChoose(from.trim(), to.trim());
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate data-testid={testId}>
        <div className="govuk-grid-row">
          {(
            [
              ['from', first, from, setFrom],
              ['to', last, to, setTo],
            ] as const
          ).map(([id, end, value, set]) => (
            <div className="govuk-grid-column-one-quarter" key={id}>
              <TextInput
                id={id}
                label={end.label}
                hint={end.hint}
                className={inputWidth}
                error={errors.find((e) => e.field === id)?.message}
                value={value}
                onChange={(e) => set(e.target.value)}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
              />
            </div>
          ))}
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          {submitLabel}
        </button>
      </form>
    </>
  );
}
