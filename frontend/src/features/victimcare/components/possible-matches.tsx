import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { confirmPossibleMatch, rejectPossibleMatch, unlinkPossibleMatch } from '../api/possible-matches';
import type { Comparison, MatchEvidence, PossibleMatch } from '../api/victims';

const FIELDS: Record<MatchEvidence['field'], string> = {
  forename: 'Forename',
  surname: 'Surname',
  dateOfBirth: 'Date of birth',
  phone: 'Phone',
  email: 'Email',
  postcode: 'Postcode',
};

const COMPARISONS: Record<Comparison, string> = {
  SAME: 'Same',
  DIFFERENT: 'Different',
  MISSING: 'Not on both',
};

const shown = (evidence: MatchEvidence, value: string | null | undefined) => {
  if (!value) return 'Not given';
  return evidence.field === 'dateOfBirth' ? formatDate(value) : value;
};

/** Each detail side by side: the listing that raised the match, and the victim already known. */
function EvidenceTable({ match }: { match: PossibleMatch }) {
  return (
    <table className="govuk-table" data-testid="match-evidence">
      <caption className="govuk-table__caption govuk-table__caption--s">
        Evidence, side by side (listing on crime {match.crimeReference})
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Detail
          </th>
          <th scope="col" className="govuk-table__header">
            As newly listed
          </th>
          <th scope="col" className="govuk-table__header">
            Victim already known
          </th>
          <th scope="col" className="govuk-table__header">
            Compared
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {match.evidence.map((evidence) => (
          <tr className="govuk-table__row" key={evidence.field}>
            <th scope="row" className="govuk-table__header">
              {FIELDS[evidence.field]}
            </th>
            <td className="govuk-table__cell">{shown(evidence, evidence.listed)}</td>
            <td className="govuk-table__cell">{shown(evidence, evidence.known)}</td>
            <td className="govuk-table__cell">{COMPARISONS[evidence.comparison]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function otherRecord(match: PossibleMatch, victimId: string) {
  return match.victimId === victimId ? match.candidateVictimId : match.victimId;
}

interface Props {
  victimId: string;
  possibleMatches: PossibleMatch[];
  confirmedLinks: PossibleMatch[];
  /** Called with what was decided, once the API has stored it. */
  onDecided: (notice: string) => void;
  onProblem: (message: string) => void;
}

/**
 * Possible matches waiting for a victim care officer: the evidence side by side, with Confirm (one person)
 * and Reject (different people); and confirmed links, which can be undone.
 */
export function PossibleMatches({ victimId, possibleMatches, confirmedLinks, onDecided, onProblem }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  if (possibleMatches.length === 0 && confirmedLinks.length === 0) return null;

  const decide = (match: PossibleMatch, action: (id: string) => Promise<PossibleMatch>, notice: string) => {
    setBusy(match.id);
    action(match.id)
      .then(() => onDecided(notice))
      .catch((e) => onProblem(e instanceof ApiError ? e.message : 'The decision could not be saved; try again'))
      .finally(() => setBusy(null));
  };

  return (
    <>
      {possibleMatches.length > 0 && (
        <section aria-labelledby="possible-matches-heading" data-testid="possible-matches">
          <h2 className="govuk-heading-m" id="possible-matches-heading">
            Possible matches waiting
          </h2>
          {possibleMatches.map((match) => (
            <div key={match.id} className="govuk-!-margin-bottom-6" data-testid="possible-match">
              <p className="govuk-body">
                {match.reason}.{' '}
                <Link className="govuk-link" to={`/victim-care/victims/${otherRecord(match, victimId)}`}>
                  View the other record
                </Link>
              </p>
              <EvidenceTable match={match} />
              <div className="govuk-button-group">
                <button
                  type="button"
                  className="govuk-button"
                  disabled={busy === match.id}
                  onClick={() =>
                    decide(
                      match,
                      confirmPossibleMatch,
                      `Confirmed: the records are one person (${match.crimeReference})`,
                    )
                  }
                >
                  Confirm same person
                </button>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  disabled={busy === match.id}
                  onClick={() =>
                    decide(
                      match,
                      rejectPossibleMatch,
                      `Rejected: the records are different people (${match.crimeReference})`,
                    )
                  }
                >
                  Reject: different people
                </button>
              </div>
            </div>
          ))}
        </section>
      )}
      {confirmedLinks.length > 0 && (
        <section aria-labelledby="confirmed-links-heading" data-testid="confirmed-links">
          <h2 className="govuk-heading-m" id="confirmed-links-heading">
            Records linked as this person
          </h2>
          <ul className="govuk-list">
            {confirmedLinks.map((link) => (
              <li key={link.id}>
                Listing on {link.crimeReference}, confirmed by {link.decidedBy ?? 'an officer'}
                {link.decidedAt ? ` on ${formatDate(link.decidedAt)}` : ''}.{' '}
                <button
                  type="button"
                  className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                  disabled={busy === link.id}
                  onClick={() =>
                    decide(link, unlinkPossibleMatch, `Link undone: ${link.crimeReference} is a separate record again`)
                  }
                >
                  Undo link
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
