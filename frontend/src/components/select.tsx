import type { SelectHTMLAttributes } from 'react';
import { describedBy, ErrorMessage } from './error-message';

export interface SelectOption {
  value: string;
  label: string;
  /** options with the same group are shown under one heading */
  group?: string;
}

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange'> {
  id: string;
  label: string;
  /** for a select whose purpose the row around it already shows, e.g. in a table */
  labelHidden?: boolean;
  hint?: string;
  error?: string;
  options: SelectOption[];
  /** text of the empty first option, e.g. "Choose an officer" */
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
}

/** GOV.UK select with its label, optional hint and inline error. */
export function Select({
  id,
  label,
  labelHidden,
  hint,
  error,
  options,
  placeholder,
  value,
  onChange,
  ...select
}: Props) {
  const groups = [...new Set(options.map((o) => o.group))];
  const render = (o: SelectOption) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label${labelHidden ? ' govuk-visually-hidden' : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <select
        id={id}
        name={id}
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {groups.length > 1
          ? groups.map((group) => (
              <optgroup key={group ?? ''} label={group ?? 'Other'}>
                {options.filter((o) => o.group === group).map(render)}
              </optgroup>
            ))
          : options.map(render)}
      </select>
    </div>
  );
}
