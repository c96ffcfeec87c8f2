import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Pagination } from '../../../components/pagination';
import { formatDate } from '../../../lib/dates';
import { pageCount, showingRange } from '../../../lib/pagination';
import { useApiData } from '../../../lib/use-api-data';
import { searchVictims, VICTIMS_PAGE_SIZE, type VictimSummary } from '../api/victims';
import { RepeatVictimTag } from './repeat-victim-tag';
import { RequireVictimCareOfficer } from './require-victim-care-officer';
import { STAGES, stageTagClass } from './victim-care-words';

/** ?q=…&page=… of the list, pages counted from 1 as people read them. */
function hrefFor(q: string, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/victim-care/victims${query ? `?${query}` : ''}`;
}

function VictimRow({ victim }: { victim: VictimSummary }) {
  const latest = victim.latestReferral;
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell">
        <Link className="govuk-link" to={`/victim-care/victims/${encodeURIComponent(victim.id)}`}>
          {victim.name}
        </Link>{' '}
        <RepeatVictimTag repeatVictim={victim.repeatVictim} />
      </td>
      <td className="govuk-table__cell">{formatDate(victim.dateOfBirth)}</td>
      <td className="govuk-table__cell">
        {latest ? (
          <>
            {latest.reference}, referred {formatDate(latest.referredAt)}{' '}
            <strong className={stageTagClass(latest.stage)}>{STAGES[latest.stage] ?? latest.stage}</strong>
          </>
        ) : (
          'Not referred'
        )}
      </td>
    </tr>
  );
}

function VictimSearch() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const load = useCallback(() => searchVictims(q, page - 1), [q, page]);
  const result = useApiData(load);

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(hrefFor(text.trim(), 1));
  }

  const total = result.data?.total ?? 0;
  return (
    <>
      <h1 className="govuk-heading-l">Victims</h1>
      <form onSubmit={submit} role="search" aria-label="Victims" className="app-victim-search">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="victim-search">
            Search victims
          </label>
          <div id="victim-search-hint" className="govuk-hint">
            Name, crime reference, referral reference, phone number or email address
          </div>
          <input
            id="victim-search"
            name="q"
            type="search"
            className="govuk-input govuk-input--width-30"
            aria-describedby="victim-search-hint"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Search
        </button>
      </form>

      {result.error ? (
        <p className="govuk-body" data-testid="victims-problem">
          {result.error}
        </p>
      ) : !result.data ? (
        <p className="govuk-body">Loading…</p>
      ) : (
        <>
          <p className="govuk-body" role="status" data-testid="victims-count">
            {showingRange(page, VICTIMS_PAGE_SIZE, total, 'victims')}
            {q && ` matching “${q}”`}
          </p>
          {result.data.victims.length > 0 && (
            <table className="govuk-table" data-testid="victims-table">
              <caption className="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">Victims</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Name
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Date of birth
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Latest referral
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {result.data.victims.map((victim) => (
                  <VictimRow key={victim.id} victim={victim} />
                ))}
              </tbody>
            </table>
          )}
          <Pagination page={page} pages={pageCount(total, VICTIMS_PAGE_SIZE)} hrefFor={(p) => hrefFor(q, p)} />
        </>
      )}
    </>
  );
}

/** /victim-care/victims: find a victim by name or reference; each links to their victim page. */
export function VictimsPage() {
  return (
    <RequireVictimCareOfficer>
      <VictimSearch />
    </RequireVictimCareOfficer>
  );
}
