import type { DateParts } from '../lib/dates';
import { QuestionFieldset } from './question-fieldset';

interface Props {
  /** the answer's name; the day box is `${id}-day`, which an error summary links to */
  id: string;
  legend: string;
  legendSize?: 's' | 'm';
  hint?: string;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
}

const PARTS = [
  { key: 'day', label: 'Day', width: 2 },
  { key: 'month', label: 'Month', width: 2 },
  { key: 'year', label: 'Year', width: 4 },
] as const;

/** GOV.UK date input: day, month and year boxes in a fieldset whose legend asks the question. */
export function DateInput({ id, legend, legendSize = 's', hint, error, value, onChange }: Props) {
  return (
    <QuestionFieldset id={id} legend={legend} legendSize={legendSize} hint={hint} error={error} role="group">
      <div className="govuk-date-input" id={id}>
        {PARTS.map((part) => (
          <div className="govuk-date-input__item" key={part.key}>
            <div className="govuk-form-group">
              <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part.key}`}>
                {part.label}
              </label>
              <input
                className={`govuk-input govuk-date-input__input govuk-input--width-${part.width}${error ? ' govuk-input--error' : ''}`}
                id={`${id}-${part.key}`}
                name={`${id}-${part.key}`}
                type="text"
                inputMode="numeric"
                value={value[part.key]}
                onChange={(e) => onChange({ ...value, [part.key]: e.target.value })}
              />
            </div>
          </div>
        ))}
      </div>
    </QuestionFieldset>
  );
}
