import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { NextTask } from '../../../api/tasks';

interface Props {
  /** the task just completed */
  completedName: string;
  caseReference: string;
  /** the task the completion created that this user may work now */
  next: NextTask;
  /** the queue the user came from */
  backTo: string;
  busy: boolean;
  onContinue: () => void;
}

/** "Contact victim" → "contact victim"; a name starting with an abbreviation ("NFIB …") keeps its capitals. */
export function continueLabel(name: string): string {
  const lowered = /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  return `Continue to ${lowered}`;
}

/**
 * After a completion that created the user's next task on the same case: a GOV.UK confirmation panel, then the
 * task offered, so the work goes on without a trip back to the queue. The panel takes focus so screen reader and
 * keyboard users start from what just happened.
 */
export function NextStepPanel({ completedName, caseReference, next, backTo, busy, onContinue }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div data-testid="next-step">
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title" ref={heading} tabIndex={-1}>
          Task complete
        </h1>
        <div className="govuk-panel__body">
          You completed “{completedName}” for {caseReference}
        </div>
      </div>
      <h2 className="govuk-heading-m">What happens next</h2>
      <p className="govuk-body">
        The next task on this case is yours to do: <strong>{next.name}</strong>.
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" data-module="govuk-button" disabled={busy} onClick={onContinue}>
          {continueLabel(next.name)}
        </button>
        <Link to={backTo} className="govuk-link">
          Back to your tasks
        </Link>
      </div>
    </div>
  );
}
