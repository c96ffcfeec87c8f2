import type { ReactNode } from 'react';
import { useSession } from '../../../lib/session-context';
import { canReviewRetention } from './retention-access';

/** Shows the retention pages to administrators only; anyone else is told so instead of meeting a 403. */
export function RequireAdministrator({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (!canReviewRetention(user)) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot review retention</h1>
        <p className="govuk-body">Only system administrators review records for retention and erase personal data.</p>
      </>
    );
  }
  return <>{children}</>;
}
