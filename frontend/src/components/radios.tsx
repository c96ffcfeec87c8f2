import type { ReactNode } from 'react';
import { describedBy, ErrorMessage } from './error-message';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
  /** shown under the option while it is chosen (GOV.UK conditional reveal) */
  conditional?: ReactNode;
}

interface Props {
  /** the answer's name; the first option's id, so an error summary can link to it */
  name: string;
  legend: string;
  legendSize?: 's' | 'm';
  hint?: string;
  error?: string;
  options: RadioOption[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
}

/** GOV.UK radios in a fieldset whose legend asks the question. */
export function Radios({ name, legend, legendSize = 'm', hint, error, options, value, onChange, inline }: Props) {
  const optionId = (index: number) => (index === 0 ? name : `${name}-${index + 1}`);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && (
          <div id={`${name}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${name}-error`} message={error} />
        <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`}>
          {options.map((option, index) => (
            <RadioItem
              key={option.value}
              id={optionId(index)}
              name={name}
              option={option}
              checked={value === option.value}
              onChange={onChange}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function RadioItem({
  id,
  name,
  option,
  checked,
  onChange,
}: {
  id: string;
  name: string;
  option: RadioOption;
  checked: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <div className="govuk-radios__item">
        <input
          className="govuk-radios__input"
          id={id}
          name={name}
          type="radio"
          value={option.value}
          checked={checked}
          onChange={() => onChange(option.value)}
          aria-describedby={option.hint ? `${id}-item-hint` : undefined}
        />
        <label className="govuk-label govuk-radios__label" htmlFor={id}>
          {option.label}
        </label>
        {option.hint && (
          <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
            {option.hint}
          </div>
        )}
      </div>
      {option.conditional && checked && (
        <div className="govuk-radios__conditional" id={`conditional-${id}`}>
          {option.conditional}
        </div>
      )}
    </>
  );
}
