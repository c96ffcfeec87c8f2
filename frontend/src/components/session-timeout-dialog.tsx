import { useEffect, useRef, type KeyboardEvent } from 'react';

interface Props {
  /** how long is left, in words, e.g. "2 minutes" */
  timeLeft: string;
  onStaySignedIn: () => void;
  onSignOut: () => void;
}

/**
 * GOV.UK-style timeout warning: a modal dialog that takes focus and keeps it until the user chooses;
 * Escape means "stay signed in", as closing the warning should never lose anyone their work.
 */
export function SessionTimeoutDialog({ timeLeft, onStaySignedIn, onSignOut }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    heading.current?.focus();
    return () => before?.focus?.();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onStaySignedIn();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>('button, [href]'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === heading.current)) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  return (
    <div className="app-timeout-overlay">
      <div
        ref={dialog}
        className="app-timeout-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="timeout-heading"
        aria-describedby="timeout-message"
        onKeyDown={onKeyDown}
        data-testid="timeout-dialog"
      >
        <h2 id="timeout-heading" className="govuk-heading-m" tabIndex={-1} ref={heading}>
          You&apos;ll be signed out in {timeLeft}
        </h2>
        <p id="timeout-message" className="govuk-body">
          We will sign you out to protect victims&apos; information. Anything you have typed on a task is kept as a
          draft.
        </p>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" onClick={onStaySignedIn}>
            Stay signed in
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </div>
    </div>
  );
}
