import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { useApiData, type ApiData } from '../../../lib/use-api-data';
import { getReferral, type ReferralDetail } from '../api/referrals';
import { RepeatVictimTag } from './repeat-victim-tag';
import { listOf, SCREENING_REASONS, STAGES } from './victim-care-words';

/** The referral a victim care task belongs to: its business key is the referral reference. */
export function useReferral(reference: string): ApiData<ReferralDetail> {
  const load = useCallback(() => getReferral(reference), [reference]);
  return useApiData(load);
}

/** Who the task is about, above its form: the victim (flagged when a repeat victim), the crime and why referred. */
export function ReferralContext({ referral }: { referral: ApiData<ReferralDetail> }) {
  if (referral.error)
    return (
      <p className="govuk-body" data-testid="referral-context">
        The referral could not be loaded: {referral.error}
      </p>
    );
  const r = referral.data;
  if (!r) return <p className="govuk-body">Loading the referral…</p>;
  return (
    <dl className="govuk-summary-list" data-testid="referral-context">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Victim</dt>
        <dd className="govuk-summary-list__value">
          <Link className="govuk-link" to={`/victim-care/referrals/${encodeURIComponent(r.reference)}`}>
            {r.victimName}
            <span className="govuk-visually-hidden"> (view the victim)</span>
          </Link>{' '}
          <RepeatVictimTag repeatVictim={r.repeatVictim} />
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Crime</dt>
        <dd className="govuk-summary-list__value">{r.crimeReference}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Referred because</dt>
        <dd className="govuk-summary-list__value">{listOf(SCREENING_REASONS, r.screeningReasons)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Stage</dt>
        <dd className="govuk-summary-list__value">{STAGES[r.stage] ?? r.stage}</dd>
      </div>
    </dl>
  );
}
