import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getBoardCases, type BoardCase } from '../api/board';
import { BoardCasesPage } from './board-cases-page';

vi.mock('../api/board', async (original) => ({
  ...(await original<typeof import('../api/board')>()),
  getBoardCases: vi.fn(),
}));

const crimes: BoardCase[] = [
  { crimeReference: 'BRD93-C2', reportedDate: '2093-02-05', nfibCode: 'NFIB1D', status: 'RECEIVED', lossGbp: 3000 },
  { crimeReference: 'BRD93-C1', reportedDate: '2093-02-14', nfibCode: 'NFIB1D', status: 'RECEIVED', lossGbp: 1000 },
];

function open(search: string) {
  vi.mocked(getBoardCases).mockResolvedValue(crimes);
  render(
    <MemoryRouter initialEntries={[`/board-report/cases?${search}`]}>
      <BoardCasesPage />
    </MemoryRouter>,
  );
}

describe('BoardCasesPage', () => {
  afterEach(cleanup);

  it('names an average loss in words and shows each crime with its loss', async () => {
    open('figure=AVERAGE_LOSS%3AINDIVIDUAL&from=2093-02-01&to=2093-02-28');

    expect(screen.getByRole('heading', { level: 1, name: 'Average loss: individuals' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: '2 crimes' });
    expect(within(table).getByRole('columnheader', { name: 'Loss' })).toBeTruthy();
    const row = within(table).getByRole('rowheader', { name: 'BRD93-C2' }).closest('tr') as HTMLElement;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toContain('£3,000.00');
    expect(getBoardCases).toHaveBeenCalledWith('AVERAGE_LOSS:INDIVIDUAL', { from: '2093-02-01', to: '2093-02-28' });
  });

  it('names an intensification period by its campaign and leaves the loss out', async () => {
    open('figure=INTENSIFICATION%3A7&from=2093-02-10&to=2093-02-16&name=Romance%20fraud%20week');

    expect(screen.getByRole('heading', { level: 1, name: 'Intensification period: Romance fraud week' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: '2 crimes' });
    expect(within(table).queryByRole('columnheader', { name: 'Loss' })).toBeNull();
    expect(within(table).getByRole('link', { name: 'BRD93-C1' })).toHaveAttribute('href', '/cases/BRD93-C1');
  });

  it('names the other figures in words too', async () => {
    open('figure=AGE_BAND%3A41-50&from=2093-02-01&to=2093-02-28');

    expect(screen.getByRole('heading', { level: 1, name: 'Victims aged 41–50' })).toBeTruthy();
    await screen.findByRole('table', { name: '2 crimes' });
  });
});
