import { useState, type FormEvent } from 'react';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';

/** How one end of the period is asked for. */
export interface PeriodEnd {
  label: string;
  hint: string;
}

export interface PeriodFormProps {
  /** The period shown now, which the boxes start with. */
  from: string;
  to: string;
  first: PeriodEnd;
  last: PeriodEnd;
  /** The GOV.UK width class of both boxes, e.g. govuk-input--width-10 for a date. */
  inputWidth: string;
  /** The problems with what was typed, each naming its box ("from" or "to"); none when it can be shown. */
  validate: (from: string, to: string) => ErrorItem[];
  submitLabel: string;
  testId: string;
  onChoose: (from: string, to: string) => void;
}

/**
 * The "from … to …" form above a report: the service level dashboard asks for days, the Victims' Code report for
 * months. Nothing is asked of the server until both ends pass the page's own check.
 */
export function PeriodForm({
  from: shownFrom,
  to: shownTo,
  first,
  last,
  inputWidth,
  validate,
  submitLabel,
  testId,
  onChoose,
}: PeriodFormProps) {
  const [from, setFrom] = useState(shownFrom);
  const [to, setTo] = useState(shownTo);
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
