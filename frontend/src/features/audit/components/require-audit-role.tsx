import type { ReactNode } from 'react';
import { useSession } from '../../../lib/session-context';
import { canReadAuditTrail } from './audit-access';

/** Shows the audit pages to auditors and administrators only; anyone else is told so instead of meeting a 403. */
export function RequireAuditRole({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (!canReadAuditTrail(user)) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot read the audit trail</h1>
        <p className="govuk-body">Only auditors and system administrators search the audit trail.</p>
      </>
    );
  }
  return <>{children}</>;
}
