import { useEffect, useRef } from 'react';

export interface ErrorItem {
  /** id of the field the message is about; the summary links to it */
  field?: string;
  message: string;
}

/** GOV.UK error summary: focused when it appears, each message links to its field. */
export function ErrorSummary({ errors }: { errors: ErrorItem[] }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={`${e.field ?? ''}:${e.message}`}>
                {e.field ? <a href={`#${e.field}`}>{e.message}</a> : e.message}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
