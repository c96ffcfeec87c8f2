import { useEffect, useRef } from 'react';

interface Props {
  message: string | null;
  /**
   * Move focus to the banner when it appears: for an action whose button goes away with it (a claimed
   * row loses its Claim button), so keyboard users are not left on nothing.
   */
  focusOnShow?: boolean;
  /** a sentence under the heading, e.g. what happens next on a case */
  detail?: string | null;
  /**
   * Announce it at once (role="alert"), as GOV.UK asks of a banner confirming the action that led to the page;
   * otherwise politely (role="status").
   */
  alert?: boolean;
}

/** GOV.UK success notification banner, announced politely to screen readers. */
export function SuccessBanner({ message, focusOnShow = false, detail, alert = false }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (message && focusOnShow) ref.current?.focus();
  }, [message, focusOnShow]);

  if (!message) return null;
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role={alert ? 'alert' : 'status'}
      aria-labelledby="success-banner-title"
      ref={ref}
      tabIndex={focusOnShow ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-banner-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{message}</p>
        {detail && (
          <p className="govuk-body" data-testid="what-happens-next">
            {detail}
          </p>
        )}
      </div>
    </div>
  );
}
