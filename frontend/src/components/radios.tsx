import { Fragment, type ReactNode } from 'react';
import { ChoiceItem, QuestionFieldset } from './question-fieldset';

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
  return (
    <QuestionFieldset id={name} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`}>
        {options.map((option, index) => {
          const id = index === 0 ? name : `${name}-${index + 1}`;
          const checked = value === option.value;
          return (
            <Fragment key={option.value}>
              <ChoiceItem
                kind="radios"
                id={id}
                name={name}
                value={option.value}
                label={option.label}
                hint={option.hint}
                checked={checked}
                onChange={() => onChange(option.value)}
              />
              {option.conditional && checked && (
                <div className="govuk-radios__conditional" id={`conditional-${id}`}>
                  {option.conditional}
                </div>
              )}
            </Fragment>
          );
        })}
      </div>
    </QuestionFieldset>
  );
}
