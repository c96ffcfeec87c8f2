import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorSummary } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-client';
import { search, type SearchPage as Results, type SearchResult } from '../api/search';

const FIELD = 'search-q';

function ResultList({ results }: { results: SearchResult[] }) {
  return (
    <ul className="govuk-list app-search-results">
      {results.map((result) => (
        <li key={result.path} className="govuk-!-margin-bottom-3">
          <Link className="govuk-link govuk-!-font-weight-bold" to={result.path}>
            {result.title}
          </Link>
          <br />
          <span className="govuk-body-s govuk-!-margin-bottom-0">{result.description}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The results of the header's search box, grouped by kind (only kinds with results), or with an empty search
 * the records the user opened lately. The server decides what the user may see.
 */
export function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setText(q), [q]);

  useEffect(() => {
    let current = true;
    setResults(null);
    setError(null);
    search(q)
      .then((page) => current && setResults(page))
      .catch((e: unknown) => {
        if (!current) return;
        const field = e instanceof ApiError ? e.fieldErrors.find((f) => f.field === 'q') : undefined;
        setError(field?.message ?? (e instanceof Error ? e.message : 'The search could not be done'));
      });
    return () => {
      current = false;
    };
  }, [q]);

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  }

  const found = results?.groups.reduce((n, g) => n + g.results.length, 0) ?? 0;

  return (
    <>
      <ErrorSummary errors={error ? [{ field: FIELD, message: error }] : []} />
      <h1 className="govuk-heading-l">{q ? `Search results for ‘${q}’` : 'Search'}</h1>
      <form role="search" aria-label="Search this service" onSubmit={submit} noValidate>
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor={FIELD}>
            Crime reference, name, participant reference or import file
          </label>
          {error && (
            <p id={`${FIELD}-error`} className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          )}
          <div>
            <input
              id={FIELD}
              name="q"
              type="search"
              className={`govuk-input govuk-!-width-two-thirds${error ? ' govuk-input--error' : ''}`}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={error ? `${FIELD}-error` : undefined}
            />{' '}
            <button type="submit" className="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button">
              Search
            </button>
          </div>
        </div>
      </form>
      {!results && !error && <p className="govuk-body">Searching…</p>}
      {results && !q && (
        <>
          <h2 className="govuk-heading-m">Recently opened</h2>
          {results.recent.length === 0 ? (
            <p className="govuk-body">You have not opened any cases, victims, referrals or participants yet.</p>
          ) : (
            <ResultList results={results.recent} />
          )}
        </>
      )}
      {results && q && (
        <>
          <p className="govuk-body" role="status">
            {found === 0 ? 'Nothing found that you may see.' : `${found} found that you may see.`}
          </p>
          {results.groups.map((group) => (
            <section key={group.kind} aria-labelledby={`group-${group.kind}`}>
              <h2 className="govuk-heading-m" id={`group-${group.kind}`}>
                {group.label} ({group.more ? `more than ${results.limit}` : group.results.length})
              </h2>
              {group.more && (
                <div className="govuk-inset-text">
                  More than {results.limit} found: narrow the search to see the others.
                </div>
              )}
              <ResultList results={group.results} />
            </section>
          ))}
        </>
      )}
    </>
  );
}
