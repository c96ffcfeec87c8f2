import { describedBy, ErrorMessage } from './error-message';

export interface CheckboxOption {
  value: string;
  label: string;
  hint?: string;
}

interface Props {
  /** the answer's name; the first option's id, so an error summary can link to it */
  name: string;
  legend: string;
  legendSize?: 's' | 'm';
  hint?: string;
  error?: string;
  options: CheckboxOption[];
  values: string[];
  onChange: (values: string[]) => void;
}

/** GOV.UK checkboxes in a fieldset whose legend asks the question: any number of the options may be chosen. */
export function Checkboxes({ name, legend, legendSize = 'm', hint, error, options, values, onChange }: Props) {
  const optionId = (index: number) => (index === 0 ? name : `${name}-${index + 1}`);
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value));
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
        <div className="govuk-checkboxes">
          {options.map((option, index) => {
            const id = optionId(index);
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  checked={values.includes(option.value)}
                  onChange={(e) => toggle(option.value, e.target.checked)}
                  aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint && (
                  <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
