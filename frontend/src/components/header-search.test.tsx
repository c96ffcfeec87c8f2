import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { HeaderSearch } from './header-search';

function Here() {
  const location = useLocation();
  return <p data-testid="here">{location.pathname + location.search}</p>;
}

describe('HeaderSearch', () => {
  it('is a labelled search landmark that opens the results page with what was typed', async () => {
    render(
      <MemoryRouter initialEntries={['/tasks']}>
        <HeaderSearch />
        <Routes>
          <Route path="*" element={<Here />} />
        </Routes>
      </MemoryRouter>,
    );

    const box = screen.getByRole('searchbox', {
      name: 'Search by crime reference, name, participant reference or import file',
    });
    expect(screen.getByRole('search', { name: 'Search cases, people and imports' })).toContainElement(box);
    await userEvent.type(box, '  Mary Smith {enter}');

    expect(screen.getByTestId('here')).toHaveTextContent('/search?q=Mary%20Smith');
    expect(box).toHaveValue('');
  });
});
