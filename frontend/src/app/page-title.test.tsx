import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter, Link, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { PageTitleAndFocus, titleOf } from './page-title';

function LoadsLater() {
  const [loaded, setLoaded] = useState(false);
  return (
    <>
      {loaded && <h1>Case NFRC1</h1>}
      <button type="button" onClick={() => setLoaded(true)}>
        Finish loading
      </button>
    </>
  );
}

function Pages() {
  return (
    <MemoryRouter initialEntries={['/tasks']}>
      <nav>
        <Link to="/audit">Audit trail</Link>
        <Link to="/cases">A case</Link>
      </nav>
      <main id="main-content">
        <PageTitleAndFocus mainId="main-content" />
        <Routes>
          <Route path="/tasks" element={<h1>Your tasks</h1>} />
          <Route
            path="/audit"
            element={
              <>
                <div className="govuk-error-summary">There is a problem</div>
                <h1>Audit trail</h1>
              </>
            }
          />
          <Route path="/cases" element={<LoadsLater />} />
        </Routes>
      </main>
    </MemoryRouter>
  );
}

describe('titleOf', () => {
  it('names the page, then the service, and says when the page shows errors', () => {
    expect(titleOf('  Your\n tasks ', false)).toBe('Your tasks – ECU Casework');
    expect(titleOf('Audit trail', true)).toBe('Error: Audit trail – ECU Casework');
    expect(titleOf(undefined, false)).toBe('ECU Casework');
  });
});

describe('PageTitleAndFocus', () => {
  it('titles the first page without taking focus, then moves focus to the next page’s heading', async () => {
    render(<Pages />);
    expect(document.title).toBe('Your tasks – ECU Casework');
    expect(document.activeElement).toBe(document.body);

    await act(async () => screen.getByRole('link', { name: 'Audit trail' }).click());

    expect(document.title).toBe('Error: Audit trail – ECU Casework');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Audit trail' }));
  });

  it('waits for a heading that arrives with the page’s data, unless the user has moved into the page', async () => {
    render(<Pages />);
    await act(async () => screen.getByRole('link', { name: 'A case' }).click());
    expect(document.title).toBe('ECU Casework');

    const button = screen.getByRole('button', { name: 'Finish loading' });
    button.focus();
    await act(async () => button.click());

    expect(document.title).toBe('Case NFRC1 – ECU Casework');
    expect(document.activeElement).toBe(button);
  });
});
