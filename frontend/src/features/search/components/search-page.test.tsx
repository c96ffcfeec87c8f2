import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { search, type SearchPage as Results } from '../api/search';
import { SearchPage } from './search-page';

vi.mock('../api/search', () => ({ search: vi.fn() }));

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/search" element={<SearchPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

const found: Results = {
  query: 'smith',
  limit: 20,
  groups: [
    {
      kind: 'CRIMES',
      label: 'Crimes',
      more: false,
      results: [
        {
          kind: 'CRIMES',
          title: 'NFRC240101001',
          description: 'Victim Mary Smith · Received',
          path: '/cases/NFRC240101001',
        },
      ],
    },
    {
      kind: 'IMPORTS',
      label: 'Import files',
      more: true,
      results: [{ kind: 'IMPORTS', title: 'smith.csv', description: 'Disseminations', path: '/fraud/imports/1' }],
    },
  ],
  recent: [],
};

afterEach(() => {
  vi.clearAllMocks();
});

describe('SearchPage', () => {
  it('shows the results grouped by kind, each linking to its page, and says when there are more', async () => {
    vi.mocked(search).mockResolvedValue(found);

    renderAt('/search?q=smith');

    const crimes = await screen.findByRole('region', { name: 'Crimes (1)' });
    expect(within(crimes).getByRole('link', { name: 'NFRC240101001' })).toHaveAttribute('href', '/cases/NFRC240101001');
    expect(within(crimes).getByText('Victim Mary Smith · Received')).toBeInTheDocument();
    const imports = screen.getByRole('region', { name: 'Import files (more than 20)' });
    expect(within(imports).getByText(/narrow the search/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Search results for ‘smith’');
    expect(search).toHaveBeenCalledWith('smith');
  });

  it('shows the records opened lately for an empty search', async () => {
    vi.mocked(search).mockResolvedValue({
      query: '',
      limit: 20,
      groups: [],
      recent: [
        {
          kind: 'PARTICIPANTS',
          title: 'O2R-000001',
          description: 'Sam · enrolled',
          path: '/recovery/participants/O2R-000001',
        },
      ],
    });

    renderAt('/search');

    expect(await screen.findByRole('heading', { name: 'Recently opened' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'O2R-000001' })).toHaveAttribute(
      'href',
      '/recovery/participants/O2R-000001',
    );
  });

  it('says plainly when nothing was found', async () => {
    vi.mocked(search).mockResolvedValue({ query: 'zz', limit: 20, groups: [], recent: [] });

    renderAt('/search?q=zz');

    expect(await screen.findByText('Nothing found that you may see.')).toBeInTheDocument();
  });

  it('shows a too-short search as an error on the box', async () => {
    vi.mocked(search).mockRejectedValue(
      new ApiError(400, 'Invalid input', [{ field: 'q', message: 'Enter at least 2 characters to search for' }]),
    );

    renderAt('/search?q=a');

    expect(await screen.findByRole('link', { name: 'Enter at least 2 characters to search for' })).toHaveAttribute(
      'href',
      '#search-q',
    );
    expect(screen.getByLabelText(/Crime reference, name/)).toHaveAccessibleDescription(
      'Error: Enter at least 2 characters to search for',
    );
  });

  it('searches again from the box on the page', async () => {
    vi.mocked(search).mockResolvedValue(found);
    renderAt('/search?q=smith');
    await screen.findByRole('region', { name: 'Crimes (1)' });

    const box = screen.getByLabelText(/Crime reference, name/);
    await userEvent.clear(box);
    await userEvent.type(box, 'NFRC1{enter}');

    expect(search).toHaveBeenLastCalledWith('NFRC1');
  });
});
