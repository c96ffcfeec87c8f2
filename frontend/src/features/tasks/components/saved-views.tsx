// Each user's named task list views: a link per view, and a form to save the view on screen under a name.

import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { TextInput } from '../../../components/text-input';
import { ApiError } from '../../../lib/api-client';
import { deleteSavedView, listSavedViews, saveView, type SavedTaskView } from '../../../api/tasks';

export const SAVED_VIEW_NAME_FIELD = 'saved-view-name';
/** As the server allows. */
export const MAX_VIEW_NAME = 60;

/** What is wrong with a name for a view, or null when it is fine. */
export function viewNameProblem(name: string, saved: SavedTaskView[]): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Enter a name for this view';
  if (trimmed.length > MAX_VIEW_NAME) return `The name must be ${MAX_VIEW_NAME} characters or fewer`;
  if (saved.some((v) => v.name.toLowerCase() === trimmed.toLowerCase())) {
    return `You already have a view called ${trimmed}`;
  }
  return null;
}

/** The part of the list's query string a saved view keeps: search text can name a person, and pages go stale. */
export function keptView(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('q');
  params.delete('page');
  return params.toString();
}

interface Props {
  /** the list's current query string, e.g. "?queue=mine&due=OVERDUE" */
  search: string;
  /** what to say when a view is saved or deleted */
  onChange: (notice: string) => void;
  /** what to put in the page's error summary when a view cannot be saved */
  onProblem: (field: string, message: string) => void;
}

export function SavedViews({ search, onChange, onProblem }: Props) {
  const [views, setViews] = useState<SavedTaskView[]>([]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    listSavedViews()
      .then((saved) => current && setViews(saved))
      .catch(() => current && setError('Your saved views could not be loaded; try again'));
    return () => {
      current = false;
    };
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const problem = viewNameProblem(name, views);
    setError(problem ?? undefined);
    if (problem) {
      onProblem(SAVED_VIEW_NAME_FIELD, problem);
      return;
    }
    setBusy(true);
    try {
      const saved = await saveView(name.trim(), keptView(search));
      setName('');
      setViews((all) => [...all, saved].sort((a, b) => a.name.localeCompare(b.name)));
      onChange(`Saved this view as “${saved.name}”`);
    } catch (e) {
      const message = e instanceof ApiError ? (e.fieldErrors[0]?.message ?? e.message) : 'The view could not be saved';
      setError(message);
      onProblem(SAVED_VIEW_NAME_FIELD, message);
    }
    setBusy(false);
  }

  async function remove(view: SavedTaskView) {
    setBusy(true);
    try {
      await deleteSavedView(view.id);
      setViews((all) => all.filter((v) => v.id !== view.id));
      onChange(`Deleted the saved view “${view.name}”`);
    } catch {
      setError('The view could not be deleted; try again');
    }
    setBusy(false);
  }

  return (
    <details className="govuk-details app-saved-views" data-testid="saved-views">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Saved views ({views.length})</span>
      </summary>
      <div className="govuk-details__text">
        {views.length === 0 ? (
          <p className="govuk-body">You have no saved views.</p>
        ) : (
          <ul className="govuk-list">
            {views.map((view) => (
              <li key={view.id}>
                <Link className="govuk-link" to={`/tasks?${view.view}`}>
                  {view.name}
                </Link>{' '}
                <button
                  type="button"
                  className="app-link-button govuk-link"
                  disabled={busy}
                  onClick={() => remove(view)}
                >
                  Delete<span className="govuk-visually-hidden">{` saved view ${view.name}`}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={save} noValidate>
          <TextInput
            id={SAVED_VIEW_NAME_FIELD}
            label="Save the view on screen as"
            hint="The queue, filters and sort are saved. Search text is not."
            className="govuk-input--width-20"
            value={name}
            error={error}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
            Save view
          </button>
        </form>
      </div>
    </details>
  );
}
