import type { ReactNode } from 'react';
import { useSession } from '../../../lib/session-context';
import { canSeeVictims } from './victim-care-access';

/** Victim care pages for victim care officers only; anyone else is told why instead of meeting a 403. */
export function RequireVictimCareOfficer({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (!canSeeVictims(user)) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot see victims’ details</h1>
        <p className="govuk-body">Only victim care officers of the ECVCU see victims and their referrals.</p>
      </>
    );
  }
  return <>{children}</>;
}
