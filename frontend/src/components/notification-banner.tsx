import { useEffect, useRef } from 'react';

interface Props {
  message: string | null;
  /**
   * Move focus to the banner when it appears: for an action whose button goes away with it (a claimed
   * row loses its Claim button), so keyboard users are not left on nothing.
   */
  focusOnShow?: boolean;
}

/** GOV.UK success notification banner, announced politely to screen readers. */
export function SuccessBanner({ message, focusOnShow = false }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (message && focusOnShow) ref.current?.focus();
  }, [message, focusOnShow]);

  if (!message) return null;
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="status"
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
      </div>
    </div>
  );
}
