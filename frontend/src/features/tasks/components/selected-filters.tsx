import { Link } from 'react-router-dom';
import type { FilterTag } from './task-list-view';

interface Props {
  tags: FilterTag[];
  hrefFor: (tag: FilterTag) => string;
  clearHref: string;
}

/** The filters in force as tags, each taking its filter off when followed (MOJ filter's "selected filters"). */
export function SelectedFilters({ tags, hrefFor, clearHref }: Props) {
  if (tags.length === 0) return null;
  return (
    <div className="moj-filter__selected app-selected-filters" data-testid="selected-filters">
      <div className="moj-filter__selected-heading">
        <div className="moj-filter__heading-title">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1">Selected filters</h2>
        </div>
        <div className="moj-filter__heading-action">
          <p className="govuk-body govuk-!-margin-bottom-1">
            <Link className="govuk-link govuk-link--no-visited-state" to={clearHref}>
              Clear filters
            </Link>
          </p>
        </div>
      </div>
      <ul className="moj-filter-tags">
        {tags.map((tag) => (
          <li key={tag.heading}>
            <Link className="moj-filter__tag" to={hrefFor(tag)}>
              <span className="govuk-visually-hidden">Remove this filter: {tag.heading},</span> {tag.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
