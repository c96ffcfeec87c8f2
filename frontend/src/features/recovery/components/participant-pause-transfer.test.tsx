import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listTeamMembers } from '../../../api/reference';
import { ApiError } from '../../../lib/api-client';
import { listLocalAuthorities, pauseParticipant, resumeParticipant, transferParticipant } from '../api/recovery';
import { PausesSection } from './participant-pause-form';
import { TransferSection } from './participant-transfer-form';
import { participant } from './recovery.fixtures';

vi.mock('../api/recovery', async (original) => ({
  ...(await original<typeof import('../api/recovery')>()),
  pauseParticipant: vi.fn(),
  resumeParticipant: vi.fn(),
  transferParticipant: vi.fn(),
  listLocalAuthorities: vi.fn(),
}));

vi.mock('../../../api/reference', () => ({ listTeamMembers: vi.fn() }));

const area = (id: string, name: string, takingReferralsToday: boolean) => ({
  id,
  name,
  liveToday: takingReferralsToday,
  takingReferralsToday,
  o2rTeam: `o2r-${id}`,
  drugServiceTeam: `cgl-${id}`,
});

async function typeDate(user: UserEvent, group: string, day: string, month: string, year: string) {
  const fieldset = screen.getByRole('group', { name: group });
  await user.type(within(fieldset).getByLabelText('Day'), day);
  await user.type(within(fieldset).getByLabelText('Month'), month);
  await user.type(within(fieldset).getByLabelText('Year'), year);
}

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(listLocalAuthorities).mockResolvedValue([
    area('birmingham', 'Birmingham', true),
    area('coventry', 'Coventry', false),
    area('dudley', 'Dudley', true),
  ]);
});

describe('PausesSection', () => {
  it('asks why and from when before pausing, then sends the pause', async () => {
    vi.mocked(pauseParticipant).mockResolvedValueOnce(undefined);
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(<PausesSection p={participant()} onSaved={onSaved} />);
    expect(screen.getByText('Never paused.')).toBeInTheDocument();

    await user.click(screen.getByText('Pause the programme', { selector: 'span' }));
    const form = screen.getByTestId('pause-form');
    await user.click(within(form).getByRole('button', { name: 'Pause the programme' }));
    expect(await screen.findByRole('link', { name: 'Choose why the programme is paused' })).toHaveAttribute(
      'href',
      '#pause-reason',
    );
    expect(pauseParticipant).not.toHaveBeenCalled();

    await user.click(within(form).getByLabelText('In hospital'));
    await typeDate(user, 'Date the pause starts', '12', '10', '2026');
    await user.type(within(form).getByLabelText('Notes (optional)'), 'Admitted to City Hospital');
    await user.click(within(form).getByRole('button', { name: 'Pause the programme' }));

    expect(pauseParticipant).toHaveBeenCalledWith('O2R-000042', {
      reason: 'HOSPITAL',
      startedOn: '2026-10-12',
      notes: 'Admitted to City Hospital',
    });
    expect(onSaved).toHaveBeenCalledWith('Programme paused');
  });

  it('shows the pauses with the days paused, and offers to resume while paused, showing the server says no', async () => {
    vi.mocked(resumeParticipant).mockRejectedValueOnce(
      new ApiError(400, 'Some answers need correcting', [
        { field: 'resumedOn', message: 'The resume date cannot be before the pause started' },
      ]),
    );
    const user = userEvent.setup();
    render(
      <PausesSection
        p={participant({
          daysPaused: 9,
          pauses: [
            {
              reason: 'CUSTODY',
              startedOn: '2026-09-20',
              endedOn: '2026-09-29',
              daysPaused: 9,
              recordedBy: 'o2r.officer',
              resumedBy: 'o2r.officer',
            },
            { reason: 'HOSPITAL', startedOn: '2026-10-12', daysPaused: 0, recordedBy: 'drug.worker' },
          ],
        })}
        onSaved={vi.fn()}
      />,
    );

    const pauses = screen.getByTestId('pauses');
    expect(pauses).toHaveTextContent('9 days paused in all; paused now');
    expect(pauses).toHaveTextContent('In custody');
    expect(pauses).toHaveTextContent('Paused now');
    expect(screen.queryByTestId('pause-form')).not.toBeInTheDocument();
    await typeDate(user, 'Date the participant resumes', '1', '10', '2026');
    await user.click(screen.getByRole('button', { name: 'Resume the programme' }));

    expect(resumeParticipant).toHaveBeenCalledWith('O2R-000042', '2026-10-01');
    expect(
      await screen.findByRole('link', { name: 'The resume date cannot be before the pause started' }),
    ).toHaveAttribute('href', '#resumedOn-day');
  });
});

describe('TransferSection', () => {
  it('offers only the other live areas and moves the participant there', async () => {
    vi.mocked(transferParticipant).mockResolvedValueOnce(undefined);
    vi.mocked(listTeamMembers).mockResolvedValue([{ username: 'drug.worker.dudley', displayName: 'Sam Okoro' }]);
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(<TransferSection p={participant()} onSaved={onSaved} />);
    expect(screen.getByText('Always in Birmingham.')).toBeInTheDocument();

    await user.click(await screen.findByText('Move to another area', { selector: 'span' }));
    const form = screen.getByTestId('transfer-form');
    const select = within(form).getByLabelText('Area the participant moves to');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose an area', 'Dudley']);
    await user.click(within(form).getByRole('button', { name: 'Move the participant' }));
    expect(
      await screen.findByRole('link', { name: 'Choose the local authority area the participant moves to' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Choose the participant's key worker in the new area" })).toHaveAttribute(
      'href',
      '#transfer-keyWorker',
    );

    await user.selectOptions(select, 'dudley');
    await user.selectOptions(await within(form).findByLabelText('Key worker'), 'drug.worker.dudley');
    expect(listTeamMembers).toHaveBeenLastCalledWith('cgl-dudley');
    await typeDate(user, 'Date of the move', '3', '11', '2026');
    await user.click(within(form).getByRole('button', { name: 'Move the participant' }));

    expect(transferParticipant).toHaveBeenCalledWith('O2R-000042', 'dudley', '2026-11-03', 'drug.worker.dudley');
    expect(onSaved).toHaveBeenCalledWith("Moved to Dudley: its teams now hold this participant's work");
  });

  it('shows the areas the participant has belonged to, with dates', () => {
    render(
      <TransferSection
        p={participant({
          localAuthority: 'dudley',
          status: 'EXITED',
          areaHistory: [
            { localAuthority: 'birmingham', fromOn: '2026-08-01', toOn: '2026-11-03' },
            { localAuthority: 'dudley', fromOn: '2026-11-03' },
          ],
        })}
        onSaved={vi.fn()}
      />,
    );

    const rows = within(screen.getByTestId('area-history')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'AreaFromTo',
      'Birmingham1 Aug 20263 Nov 2026',
      'Dudley3 Nov 2026Now',
    ]);
    expect(screen.queryByText('Move to another area')).not.toBeInTheDocument();
  });
});
