import { Link } from 'react-router-dom';
import type { ContactNeeds } from '../../../api/communication-needs';
import { describeNeeds } from '../../../lib/communication-needs';

/** Shown at the top of every task that contacts the victim, so nobody calls at a time to avoid or without an interpreter. */
export function CommunicationNeedsPanel({ needs }: { needs: ContactNeeds }) {
  const recorded = needs.recorded;
  return (
    <div className="govuk-inset-text" data-testid="communication-needs">
      <h2 className="govuk-heading-s">Communication needs</h2>
      {recorded ? (
        <>
          <p className="govuk-body">{describeNeeds(recorded)}</p>
          <p className="govuk-body-s">Recorded by {recorded.recordedOn}.</p>
        </>
      ) : (
        <p className="govuk-body">
          None recorded. <Link to={needs.recordAt}>Record the victim&apos;s communication needs</Link>
        </p>
      )}
    </div>
  );
}
