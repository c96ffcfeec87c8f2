import { formatDateTime } from '../../../lib/dates';
import type { CaseHistoryEntry } from '../api/fraud-cases';

/** MOJ timeline of what has happened on a case, newest first. */
export function CaseTimeline({ entries }: { entries: CaseHistoryEntry[] }) {
  if (entries.length === 0) return <p className="govuk-body">Nothing has happened yet.</p>;
  return (
    <div className="moj-timeline" data-testid="case-timeline">
      {entries.map((entry, i) => (
        <div className="moj-timeline__item" key={`${entry.at}-${i}`}>
          <div className="moj-timeline__header">
            <h3 className="moj-timeline__title">{entry.what}</h3>{' '}
            {entry.who && <p className="moj-timeline__byline">by {entry.who}</p>}
          </div>
          <p className="moj-timeline__date">
            <time dateTime={entry.at}>{formatDateTime(entry.at, 'long')}</time>
          </p>
          {entry.detail && (
            <div className="moj-timeline__description">
              <p className="govuk-body">{entry.detail}</p>
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
