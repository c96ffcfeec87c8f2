import { useCallback } from 'react';
import { Link, Navigate, useParams } from 'react-router-dom';
import { useApiData } from '../../../lib/use-api-data';
import { getReferral } from '../api/referrals';
import { referralAnchor } from './referral-section';
import { RequireVictimCareOfficer } from './require-victim-care-officer';

/** Where a referral reference (a victim care task's business key) leads: its victim's page, at that referral. */
export const victimPageHref = (victimId: string, reference: string) =>
  `/victim-care/victims/${encodeURIComponent(victimId)}#${referralAnchor(reference)}`;

function ReferralRedirect({ reference }: { reference: string }) {
  const load = useCallback(() => getReferral(reference), [reference]);
  const referral = useApiData(load);
  if (referral.data) return <Navigate to={victimPageHref(referral.data.victimId, reference)} replace />;
  if (referral.error) {
    return (
      <>
        <h1 className="govuk-heading-l">
          {referral.status === 404 ? 'Referral not found' : 'Sorry, there is a problem'}
        </h1>
        <p className="govuk-body" data-testid="referral-problem">
          {referral.error}
        </p>
        <p className="govuk-body">
          <Link to="/victim-care/victims" className="govuk-link">
            Search victims
          </Link>
        </p>
      </>
    );
  }
  return <p className="govuk-body">Loading…</p>;
}

/** /victim-care/referrals/:reference: finds the referral's victim and shows their page. */
export function ReferralPage() {
  const { reference = '' } = useParams();
  return (
    <RequireVictimCareOfficer>
      <ReferralRedirect reference={reference} />
    </RequireVictimCareOfficer>
  );
}
