import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { recordVictimNeeds } from '../../../api/communication-needs';
import { CommunicationNeedsForm } from '../../../components/communication-needs-form';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { SuccessBanner } from '../../../components/notification-banner';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import type { ReferralDetail } from '../api/referrals';
import { getVictim, type Victim, type VictimListing } from '../api/victims';
import { ListedDetailsTable } from './listed-details-table';
import { PossibleMatches } from './possible-matches';
import { ReferralSection, Row } from './referral-section';
import { RepeatVictimTag } from './repeat-victim-tag';
import { RequireVictimCareOfficer } from './require-victim-care-officer';
import { formatLoss, listOf, SCREENING_REASONS } from './victim-care-words';

/** What the victim page shows after another page sent the user back to it. */
export interface VictimPageState {
  notice?: string;
}

function screeningInWords(listing: VictimListing): string {
  if (listing.screeningResult === 'REFERRED') return `Referred: ${listOf(SCREENING_REASONS, listing.screeningReasons)}`;
  return 'Screened out: none of the referral reasons applied';
}

function CrimesTable({ listings }: { listings: VictimListing[] }) {
  if (listings.length === 0) return <p className="govuk-body">No crimes listed.</p>;
  return (
    <table className="govuk-table" data-testid="victim-crimes">
      <caption className="govuk-table__caption govuk-table__caption--m">Crimes</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Crime
          </th>
          <th scope="col" className="govuk-table__header">
            Reported
          </th>
          <th scope="col" className="govuk-table__header">
            Fraud type
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Loss
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            NDM score
          </th>
          <th scope="col" className="govuk-table__header">
            List week
          </th>
          <th scope="col" className="govuk-table__header">
            Screening
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {listings.map((listing) => (
          <tr className="govuk-table__row" key={listing.crimeReference}>
            <th scope="row" className="govuk-table__header">
              {listing.crimeReference}
            </th>
            <td className="govuk-table__cell">{formatDate(listing.reportedDate)}</td>
            <td className="govuk-table__cell">
              {listing.nfibName ? `${listing.nfibCode} – ${listing.nfibName}` : listing.nfibCode}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatLoss(listing.lossGbp)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{listing.ndmScore ?? '—'}</td>
            <td className="govuk-table__cell">{formatDate(listing.listWeek)}</td>
            <td className="govuk-table__cell" data-testid="screening">
              {screeningInWords(listing)}
              {listing.referralReference && (
                <>
                  {' '}
                  (
                  <a className="govuk-link" href={`#referral-${listing.referralReference}`}>
                    {listing.referralReference}
                  </a>
                  )
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VictimDetails({ victimId }: { victimId: string }) {
  const location = useLocation();
  const [victim, setVictim] = useState<Victim | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [notice, setNotice] = useState<string | null>((location.state as VictimPageState | null)?.notice ?? null);

  const load = useCallback(
    () =>
      getVictim(victimId)
        .then((v) => {
          setVictim(v);
          setLoadError(null);
        })
        .catch((e) =>
          setLoadError(e instanceof ApiError ? e : new ApiError(0, 'The victim could not be loaded; try again')),
        ),
    [victimId],
  );

  useEffect(() => {
    load();
  }, [load]);

  // A link to one referral (e.g. from a task) lands on it once the page has drawn.
  const loaded = victim !== null;
  useEffect(() => {
    if (!loaded || !location.hash) return;
    document.getElementById(decodeURIComponent(location.hash.substring(1)))?.scrollIntoView?.();
  }, [loaded, location.hash]);

  if (loadError) {
    return (
      <>
        <h1 className="govuk-heading-l">
          {loadError.status === 404 ? 'Victim not found' : 'Sorry, there is a problem'}
        </h1>
        <p className="govuk-body" data-testid="victim-problem">
          {loadError.message}
        </p>
        <p className="govuk-body">
          <Link to="/victim-care/victims" className="govuk-link">
            Search victims
          </Link>
        </p>
      </>
    );
  }
  if (!victim) return <p className="govuk-body">Loading…</p>;

  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  const problems = (items: ErrorItem[]) => {
    setNotice(null);
    setErrors(items);
  };
  const attemptLogged = (updated: ReferralDetail) => {
    setErrors([]);
    setNotice(`Failed contact attempt logged for ${updated.reference}`);
    setVictim((v) =>
      v ? { ...v, referrals: v.referrals.map((r) => (r.reference === updated.reference ? updated : r)) } : v,
    );
  };

  const referralChanged = (updated: ReferralDetail, message: string) => {
    setErrors([]);
    setNotice(message);
    setVictim((v) =>
      v ? { ...v, referrals: v.referrals.map((r) => (r.reference === updated.reference ? updated : r)) } : v,
    );
  };

  return (
    <>
      <Link to="/victim-care/victims" className="govuk-back-link">
        Back to victims
      </Link>
      <ErrorSummary errors={errors} />
      <SuccessBanner message={notice} />
      <span className="govuk-caption-l">Victim</span>
      <h1 className="govuk-heading-l" data-testid="victim-name">
        {victim.forename} {victim.surname} <RepeatVictimTag repeatVictim={victim.repeatVictim} />
      </h1>
      {victim.repeatVictim && (
        <div className="govuk-inset-text" data-testid="repeat-victim-explanation">
          A repeat victim: this person has been a victim of more than one crime on the weekly lists.
        </div>
      )}
      <h2 className="govuk-heading-m">Details</h2>
      <dl className="govuk-summary-list" data-testid="victim-details">
        <Row name="Date of birth">
          {victim.dateOfBirth
            ? `${formatDate(victim.dateOfBirth)}${victim.age != null ? ` (aged ${victim.age})` : ''}`
            : 'Not known'}
        </Row>
        <Row name="Phone">{victim.phone || 'Not known'}</Row>
        <Row name="Email">{victim.email || 'Not known'}</Row>
        <Row name="Postcode">{victim.postcode || 'Not known'}</Row>
      </dl>

      <h2 className="govuk-heading-m" id="communication-needs">
        Communication needs
      </h2>
      {!victim.communicationNeeds && <p className="govuk-body">None recorded.</p>}
      <CommunicationNeedsForm
        key={victim.communicationNeeds?.recordedAt ?? 'none'}
        current={victim.communicationNeeds ?? null}
        save={(needs) => recordVictimNeeds(victim.id, needs)}
        onSaved={() => {
          setErrors([]);
          setNotice('Communication needs recorded');
          load();
        }}
      />

      {victim.linkedTo && (
        <div className="govuk-inset-text" data-testid="linked-to">
          Confirmed to be the same person as{' '}
          <Link className="govuk-link" to={`/victim-care/victims/${victim.linkedTo}`}>
            another victim record
          </Link>
          : this record&apos;s crimes are listed there.
        </div>
      )}

      <PossibleMatches
        victimId={victim.id}
        possibleMatches={victim.possibleMatches ?? []}
        confirmedLinks={victim.confirmedLinks ?? []}
        onDecided={(message) => {
          setErrors([]);
          setNotice(message);
          load();
        }}
        onProblem={(message) => problems([{ field: 'possible-matches-heading', message }])}
      />

      <CrimesTable listings={victim.listings} />
      <ListedDetailsTable listings={victim.listings} />

      {victim.referrals.length === 0 ? (
        <p className="govuk-body">Not referred to the ECVCU.</p>
      ) : (
        victim.referrals.map((referral) => (
          <ReferralSection
            key={referral.reference}
            referral={referral}
            errorFor={errorFor}
            onProblems={problems}
            onAttemptLogged={attemptLogged}
            onChanged={referralChanged}
          />
        ))
      )}
    </>
  );
}

/** /victim-care/victims/:victimId: the victim, their crimes and each referral with its contacts. */
export function VictimPage() {
  const { victimId = '' } = useParams();
  return (
    <RequireVictimCareOfficer>
      <VictimDetails victimId={victimId} />
    </RequireVictimCareOfficer>
  );
}
