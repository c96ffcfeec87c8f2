import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { BarChart } from './bar-chart';

function cells(table: HTMLElement, heading: string): string[] {
  const row = within(table).getByRole('rowheader', { name: heading }).closest('tr') as HTMLElement;
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('BarChart', () => {
  it('gives its data as a table beside a canvas hidden from assistive technology', () => {
    const { container } = render(
      <MemoryRouter>
        <BarChart
          caption="Referrals"
          first="Month"
          series={['This year', 'Last year']}
          noteHeading="Change"
          format={(v) => `${v} people`}
          rows={[
            { key: 'jan', label: 'January', values: [3, 1], note: '+2', href: '/somewhere?month=1' },
            { key: 'feb', label: 'February', values: [0, 4] },
          ]}
        />
      </MemoryRouter>,
    );

    const table = screen.getByRole('table', { name: 'Referrals' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Month', 'This year', 'Last year', 'Change']);
    expect(cells(table, 'January')).toEqual(['3 people', '1 people', '+2']);
    expect(cells(table, 'February')).toEqual(['0 people', '4 people', '']);
    expect(within(table).getByRole('link', { name: 'January' })).toHaveAttribute('href', '/somewhere?month=1');
    expect(container.querySelector('canvas')).toHaveAttribute('aria-hidden', 'true');
  });

  it('says there is nothing rather than drawing an empty chart', () => {
    const { container } = render(<BarChart caption="Referrals" first="Month" series={['This year']} rows={[]} />);

    expect(screen.getByRole('cell', { name: 'None in either period' })).toBeInTheDocument();
    expect(container.querySelector('canvas')).toBeNull();
  });
});
