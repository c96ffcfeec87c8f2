import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { listCustodyPeriods, recordCustodyPeriod, type CustodyPeriod } from '../api/recovery';
import { CustodyPeriods } from './custody-periods';

vi.mock('../api/recovery', async (original) => ({
  ...(await original<typeof import('../api/recovery')>()),
  listCustodyPeriods: vi.fn(),
  recordCustodyPeriod: vi.fn(),
}));

const earlier: CustodyPeriod = {
  id: 1,
  startedOn: '2023-01-10',
  endedOn: '2023-02-20',
  source: 'PNC',
  notes: null,
  recordedBy: 'o2r.officer',
};

async function fillIn(day: string, month: string, year: string, source: string) {
  const user = userEvent.setup();
  const started = screen.getByRole('group', { name: 'Custody started' });
  await user.type(within(started).getByLabelText('Day'), day);
  await user.type(within(started).getByLabelText('Month'), month);
  await user.type(within(started).getByLabelText('Year'), year);
  if (source) await user.type(screen.getByLabelText('Where the dates come from'), source);
  await user.click(screen.getByRole('button', { name: 'Record time in custody' }));
}

beforeEach(() => {
  vi.resetAllMocks();
});

describe('CustodyPeriods', () => {
  it('lists the spells recorded, one still running', async () => {
    vi.mocked(listCustodyPeriods).mockResolvedValue([
      earlier,
      { ...earlier, id: 2, startedOn: '2024-05-01', endedOn: null },
    ]);
    render(<CustodyPeriods reference="O2R-000042" />);

    const table = await screen.findByRole('table', { name: 'Spells in custody' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(table).toHaveTextContent('Still in custody');
    expect(listCustodyPeriods).toHaveBeenCalledWith('O2R-000042');
  });

  it('records a spell with no end and shows it in the list', async () => {
    vi.mocked(listCustodyPeriods).mockResolvedValue([]);
    vi.mocked(recordCustodyPeriod).mockResolvedValue({ ...earlier, id: 3, startedOn: '2024-03-04', endedOn: null });
    render(<CustodyPeriods reference="O2R-000042" />);
    expect(await screen.findByText('No time in custody recorded.')).toBeInTheDocument();

    await fillIn('4', '3', '2024', 'Prison release notice');

    expect(recordCustodyPeriod).toHaveBeenCalledWith('O2R-000042', {
      startedOn: '2024-03-04',
      endedOn: null,
      source: 'Prison release notice',
      notes: null,
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Time in custody recorded');
    expect(screen.getByRole('table', { name: 'Spells in custody' })).toHaveTextContent('Still in custody');
  });

  it('asks for the source before sending, and shows an overlap the server refuses', async () => {
    vi.mocked(listCustodyPeriods).mockResolvedValue([earlier]);
    render(<CustodyPeriods reference="O2R-000042" />);
    await screen.findByRole('table', { name: 'Spells in custody' });

    await fillIn('15', '1', '2023', '');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter where the custody dates come from');
    expect(recordCustodyPeriod).not.toHaveBeenCalled();

    vi.mocked(recordCustodyPeriod).mockRejectedValue(
      new ApiError(400, 'Invalid', [
        { field: 'startedOn', message: 'This overlaps a spell in custody already recorded' },
      ]),
    );
    await userEvent.setup().type(screen.getByLabelText('Where the dates come from'), 'PNC');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Record time in custody' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This overlaps a spell in custody already recorded');
  });
});
