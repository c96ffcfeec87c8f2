import { useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { verifyAuditChain, type AuditVerification } from '../api/audit';
import { verificationWords } from './audit-words';

/** A button that checks the whole hash chain and says what it found, in a region screen readers announce. */
export function ChainVerification() {
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function verify() {
    setBusy(true);
    setProblem(null);
    verifyAuditChain()
      .then(setResult)
      .catch((e) => setProblem(e instanceof ApiError ? e.message : 'The audit trail could not be verified; try again'))
      .finally(() => setBusy(false));
  }

  return (
    <div className="govuk-!-margin-bottom-6" data-testid="chain-verification">
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
        data-module="govuk-button"
        disabled={busy}
        aria-disabled={busy}
        onClick={verify}
      >
        Verify the audit trail
      </button>
      <div aria-live="polite" data-testid="verification-result">
        {problem && <p className="govuk-body">{problem}</p>}
        {result &&
          (result.intact ? (
            <div className="govuk-inset-text govuk-!-margin-top-0">{verificationWords(result)}</div>
          ) : (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                {verificationWords(result)}
              </strong>
            </div>
          ))}
      </div>
    </div>
  );
}
