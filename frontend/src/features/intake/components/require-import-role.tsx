import type { ReactNode } from 'react';
import { useSession } from '../../auth/components/session-context';
import { canImportDisseminations } from './import-access';

/** Shows the import pages to the ECU only; anyone else is told so instead of meeting a 403. */
export function RequireImportRole({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (!canImportDisseminations(user)) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot import disseminations</h1>
        <p className="govuk-body">Only ECU officers and ECU supervisors import NFIB dissemination files.</p>
      </>
    );
  }
  return <>{children}</>;
}
