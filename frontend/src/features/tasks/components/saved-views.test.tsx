// Saved task list views: each a link to the list as it was saved, without search text; names checked before saving.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteSavedView, listSavedViews, saveView } from '../../../api/tasks';
import { keptView, SavedViews, viewNameProblem } from './saved-views';

vi.mock('../../../api/tasks', () => ({
  listSavedViews: vi.fn(),
  saveView: vi.fn(),
  deleteSavedView: vi.fn(),
}));

const overdue = { id: 1, name: 'Overdue triage', view: 'queue=ecu-triage&due=OVERDUE' };

function renderViews(search = '?queue=mine&due=TODAY&q=Ada+Lovelace&page=2') {
  const onChange = vi.fn();
  const onProblem = vi.fn();
  render(
    <MemoryRouter>
      <SavedViews search={search} onChange={onChange} onProblem={onProblem} />
    </MemoryRouter>,
  );
  return { onChange, onProblem };
}

describe('saved view rules', () => {
  it('keeps the queue, filters and sort but never the search text or page', () => {
    expect(keptView('?queue=mine&due=TODAY&q=Ada+Lovelace&page=2&sort=PRIORITY')).toBe(
      'queue=mine&due=TODAY&sort=PRIORITY',
    );
  });

  it('asks for a name, no longer than 60 characters, not already used', () => {
    expect(viewNameProblem('  ', [])).toBe('Enter a name for this view');
    expect(viewNameProblem('x'.repeat(61), [])).toBe('The name must be 60 characters or fewer');
    expect(viewNameProblem('overdue TRIAGE', [overdue])).toBe('You already have a view called overdue TRIAGE');
    expect(viewNameProblem('Due today', [overdue])).toBeNull();
  });
});

describe('SavedViews', () => {
  beforeEach(() => {
    vi.mocked(listSavedViews).mockResolvedValue([overdue]);
    vi.mocked(saveView).mockReset();
    vi.mocked(deleteSavedView).mockReset();
  });

  it('links each saved view to the task list as it was saved', async () => {
    renderViews();
    const link = await screen.findByRole('link', { name: 'Overdue triage' });
    expect(link).toHaveAttribute('href', '/tasks?queue=ecu-triage&due=OVERDUE');
  });

  it('saves the view on screen without its search text and says so', async () => {
    vi.mocked(saveView).mockResolvedValue({ id: 2, name: 'Due today', view: 'queue=mine&due=TODAY' });
    const { onChange } = renderViews();
    await screen.findByRole('link', { name: 'Overdue triage' });
    await userEvent.click(screen.getByText('Saved views (1)'));

    await userEvent.type(screen.getByLabelText('Save the view on screen as'), 'Due today');
    await userEvent.click(screen.getByRole('button', { name: 'Save view' }));

    expect(saveView).toHaveBeenCalledWith('Due today', 'queue=mine&due=TODAY');
    expect(onChange).toHaveBeenCalledWith('Saved this view as “Due today”');
    expect(await screen.findByRole('link', { name: 'Due today' })).toBeInTheDocument();
  });

  it('shows a name already used as an error on the field and in the summary, without saving', async () => {
    const { onProblem } = renderViews();
    await screen.findByRole('link', { name: 'Overdue triage' });
    await userEvent.click(screen.getByText('Saved views (1)'));

    await userEvent.type(screen.getByLabelText('Save the view on screen as'), 'Overdue triage');
    await userEvent.click(screen.getByRole('button', { name: 'Save view' }));

    expect(saveView).not.toHaveBeenCalled();
    expect(onProblem).toHaveBeenCalledWith('saved-view-name', 'You already have a view called Overdue triage');
    expect(screen.getByText('You already have a view called Overdue triage', { exact: false })).toBeInTheDocument();
  });

  it('deletes a view by a button that names it for screen readers', async () => {
    vi.mocked(deleteSavedView).mockResolvedValue(undefined);
    const { onChange } = renderViews();
    const list = (await screen.findByRole('link', { name: 'Overdue triage' })).closest('ul') as HTMLElement;

    await userEvent.click(within(list).getByRole('button', { name: /^Delete\s*saved view Overdue triage$/ }));

    expect(deleteSavedView).toHaveBeenCalledWith(1);
    expect(onChange).toHaveBeenCalledWith('Deleted the saved view “Overdue triage”');
    expect(screen.queryByRole('link', { name: 'Overdue triage' })).not.toBeInTheDocument();
    expect(screen.getByText('You have no saved views.')).toBeInTheDocument();
  });
});
