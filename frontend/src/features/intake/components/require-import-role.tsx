import type { ReactNode } from 'react';
import type { SessionUser } from '../../../api/session';
import { useSession } from '../../../lib/session-context';
import { canImportDisseminations, canImportVictimLists } from './import-access';

interface Gate {
  allowed: (user: SessionUser | null | undefined) => boolean;
  heading: string;
  explanation: string;
}

const DISSEMINATIONS: Gate = {
  allowed: canImportDisseminations,
  heading: 'You cannot import disseminations',
  explanation: 'Only ECU officers and ECU supervisors import NFIB dissemination files.',
};

export const VICTIM_LISTS: Gate = {
  allowed: canImportVictimLists,
  heading: 'You cannot import victim lists',
  explanation: 'Only victim care officers import the weekly victim lists, because they hold victims’ details.',
};

/** Shows an import page to the roles that import that kind of file; anyone else is told so instead of meeting a 403. */
export function RequireImportRole({ gate = DISSEMINATIONS, children }: { gate?: Gate; children: ReactNode }) {
  const { user } = useSession();
  if (!gate.allowed(user)) {
    return (
      <>
        <h1 className="govuk-heading-l">{gate.heading}</h1>
        <p className="govuk-body">{gate.explanation}</p>
      </>
    );
  }
  return <>{children}</>;
}
