import { describedBy, ErrorMessage } from './error-message';

interface Props {
  id: string;
  legend: string;
  label: string;
  hint?: string;
  error?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One GOV.UK checkbox in a fieldset, for a single confirmation. */
export function Checkbox({ id, legend, label, hint, error, checked, onChange }: Props) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={id}
              name={id}
              type="checkbox"
              checked={checked}
              onChange={(e) => onChange(e.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
              {label}
            </label>
          </div>
        </div>
      </fieldset>
    </div>
  );
}
