import { useEffect, useState, type TextareaHTMLAttributes } from 'react';
import { ErrorMessage } from './error-message';

const count = (n: number) => n.toLocaleString('en-GB');

/** GOV.UK character count wording: what is left, or how far over the limit the text is. */
export function characterCountMessage(length: number, maxLength: number): string {
  const left = maxLength - length;
  const n = Math.abs(left);
  const characters = n === 1 ? 'character' : 'characters';
  return left >= 0 ? `You have ${count(n)} ${characters} remaining` : `You have ${count(n)} ${characters} too many`;
}

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'maxLength' | 'value'> {
  id: string;
  label: string;
  labelSize?: 's' | 'm';
  hint?: string;
  error?: string;
  value: string;
  /** the most characters allowed; more can be typed, and the count says by how much it is over */
  maxLength: number;
}

// How long typing must pause before a screen reader hears the count, as GOV.UK Frontend does.
const ANNOUNCE_AFTER_MS = 1000;

/** GOV.UK textarea with a character count, drawn by React (GOV.UK Frontend's script is not run). */
export function CharacterCount({ id, label, labelSize, hint, error, value, maxLength, rows = 5, ...textarea }: Props) {
  const over = value.length > maxLength;
  const message = characterCountMessage(value.length, maxLength);
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const describedBy = [`${id}-info`, hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`govuk-form-group govuk-character-count${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label${labelSize ? ` govuk-label--${labelSize}` : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={`govuk-textarea${error || over ? ' govuk-textarea--error' : ''}`}
        aria-describedby={describedBy}
        value={value}
        {...textarea}
      />
      <div id={`${id}-info`} className="govuk-hint govuk-character-count__message govuk-visually-hidden">
        You can enter up to {count(maxLength)} characters
      </div>
      <div
        className={`govuk-character-count__message govuk-character-count__status ${over ? 'govuk-error-message' : 'govuk-hint'}`}
        aria-hidden="true"
        data-testid={`${id}-count`}
      >
        {message}
      </div>
      <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </div>
  );
}
