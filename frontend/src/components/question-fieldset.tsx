import type { ReactNode } from 'react';
import { describedBy, ErrorMessage } from './error-message';

interface Props {
  /** the question's id: its hint is `${id}-hint`, its error `${id}-error` */
  id: string;
  legend: string;
  legendSize?: 's' | 'm';
  hint?: string;
  error?: string;
  /** `group` for one answer made of several boxes (a date), as GOV.UK Frontend marks it */
  role?: 'group';
  children: ReactNode;
}

/**
 * A GOV.UK form group whose fieldset's legend asks the question, with its hint and error message announced with
 * it: the frame that radios, checkboxes and date inputs share.
 */
export function QuestionFieldset({ id, legend, legendSize = 'm', hint, error, role, children }: Props) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role={role} aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        {children}
      </fieldset>
    </div>
  );
}

interface ChoiceProps {
  kind: 'radios' | 'checkboxes';
  id: string;
  name: string;
  value: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One GOV.UK radio or checkbox with its label and hint. */
export function ChoiceItem({ kind, id, name, value, label, hint, checked, onChange }: ChoiceProps) {
  return (
    <div className={`govuk-${kind}__item`}>
      <input
        className={`govuk-${kind}__input`}
        id={id}
        name={name}
        type={kind === 'radios' ? 'radio' : 'checkbox'}
        value={value}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-item-hint` : undefined}
      />
      <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-item-hint`} className={`govuk-hint govuk-${kind}__hint`}>
          {hint}
        </div>
      )}
    </div>
  );
}
