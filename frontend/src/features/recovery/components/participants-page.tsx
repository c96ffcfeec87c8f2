import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useApiData } from '../../../lib/use-api-data';
import { formatDate } from '../../../lib/dates';
import { useSession } from '../../../lib/session-context';
import { listParticipants, type ParticipantStatus } from '../api/recovery';
import { canSeeParticipants } from './recovery-access';
import { areaName, EXIT_REASONS, inWords, participantHref, STATUSES, statusTagClass } from './recovery-words';
import { TableHead } from '../../../components/table-head';

export const PARTICIPANTS_PAGE_SIZE = 25;

function hrefFor(status: string, q: string, page: number): string {
  const params = new URLSearchParams();
  if (status) params.set('status', status);
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/recovery/participants${query ? `?${query}` : ''}`;
}

function ParticipantList() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const status = params.get('status') ?? '';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);
  const [chosenStatus, setChosenStatus] = useState(status);
  useEffect(() => setText(q), [q]);
  useEffect(() => setChosenStatus(status), [status]);
  const load = useCallback(
    () => listParticipants({ status, q, page: page - 1, size: PARTICIPANTS_PAGE_SIZE }),
    [status, q, page],
  );
  const result = useApiData(load);

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(hrefFor(chosenStatus, text.trim(), 1));
  }

  const participants = result.data?.participants ?? [];
  return (
    <>
      <span className="govuk-caption-l">Offender to Recovery</span>
      <h1 className="govuk-heading-l">Participants</h1>
      <p className="govuk-body">Participants of the areas you work in.</p>
      <form onSubmit={submit} role="search" aria-label="Participants">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="participant-status">
            Status
          </label>
          <select
            id="participant-status"
            className="govuk-select"
            value={chosenStatus}
            onChange={(e) => setChosenStatus(e.target.value)}
          >
            <option value="">Any status</option>
            {Object.entries(STATUSES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="participant-search">
            Search participants
          </label>
          <div id="participant-search-hint" className="govuk-hint">
            Name or reference
          </div>
          <input
            id="participant-search"
            type="search"
            className="govuk-input govuk-input--width-20"
            aria-describedby="participant-search-hint"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show participants
        </button>
      </form>
      {result.error ? (
        <p className="govuk-body" data-testid="participants-problem">
          {result.error}
        </p>
      ) : !result.data ? (
        <p className="govuk-body">Loading…</p>
      ) : participants.length === 0 ? (
        <p className="govuk-body" role="status" data-testid="participants-count">
          No participants match.
        </p>
      ) : (
        <>
          <p className="govuk-visually-hidden" role="status" data-testid="participants-count">
            {participants.length} participants shown
          </p>
          <table className="govuk-table" data-testid="participants-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Participants</caption>
            <TableHead columns={['Name', 'Reference', 'Area', 'Referred', 'Status']} />
            <tbody className="govuk-table__body">
              {participants.map((p) => (
                <tr className="govuk-table__row" key={p.reference}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={participantHref(p.reference)}>
                      {p.name}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{p.reference}</td>
                  <td className="govuk-table__cell">{areaName(p.localAuthority)}</td>
                  <td className="govuk-table__cell">{formatDate(p.referralDate)}</td>
                  <td className="govuk-table__cell">
                    <strong className={statusTagClass(p.status as ParticipantStatus)}>
                      {inWords(STATUSES, p.status)}
                    </strong>
                    {p.exitReason && <span className="govuk-body-s"> {inWords(EXIT_REASONS, p.exitReason)}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="govuk-pagination" aria-label="Pages of participants">
            {page > 1 && (
              <div className="govuk-pagination__prev">
                <Link className="govuk-link govuk-pagination__link" to={hrefFor(status, q, page - 1)} rel="prev">
                  <span className="govuk-pagination__link-title">Previous page</span>
                </Link>
              </div>
            )}
            {participants.length === PARTICIPANTS_PAGE_SIZE && (
              <div className="govuk-pagination__next">
                <Link className="govuk-link govuk-pagination__link" to={hrefFor(status, q, page + 1)} rel="next">
                  <span className="govuk-pagination__link-title">Next page</span>
                </Link>
              </div>
            )}
          </nav>
        </>
      )}
    </>
  );
}

/** /recovery/participants: the participants of the user's areas (the server scopes them), by status or name. */
export function ParticipantsPage() {
  const { user } = useSession();
  if (!canSeeParticipants(user)) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot see participants</h1>
        <p className="govuk-body">Participants are for O2R officers and drug referral workers of their area.</p>
      </>
    );
  }
  return <ParticipantList />;
}
