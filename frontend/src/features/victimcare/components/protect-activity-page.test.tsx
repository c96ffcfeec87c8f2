import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { todayIso } from '../../../lib/dates';
import {
  correctProtectActivityFigure,
  listProtectActivity,
  recordProtectActivity,
  type ProtectActivity,
} from '../api/protect-activity';
import { ProtectActivityPage } from './protect-activity-page';
import { threeMonthsTo } from './protect-activity-words';

vi.mock('../api/protect-activity', () => ({
  listProtectActivity: vi.fn(),
  recordProtectActivity: vi.fn(),
  correctProtectActivityFigure: vi.fn(),
}));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({
    user: {
      username: 'victim.care',
      displayName: 'Jo Bennett',
      roles: [{ id: 'VICTIM_CARE_OFFICER', label: 'Victim care officer' }],
      teams: [],
    },
  }),
}));

const today = todayIso();

const post: ProtectActivity = {
  id: 7,
  kind: 'SOCIAL_MEDIA_POST',
  heldOn: today,
  title: 'Courier fraud warning',
  figure: 1250,
  teamId: 'ecvcu',
  recordedBy: 'victim.care',
  recordedAt: `${today}T10:00:00Z`,
};

const renderPage = () =>
  render(
    <MemoryRouter>
      <ProtectActivityPage />
    </MemoryRouter>,
  );

async function typeDate(legend: string, iso: string) {
  const [year, month, day] = iso.split('-');
  const group = screen.getByRole('group', { name: legend });
  await userEvent.type(within(group).getByLabelText('Day'), day);
  await userEvent.type(within(group).getByLabelText('Month'), month);
  await userEvent.type(within(group).getByLabelText('Year'), year);
}

beforeEach(() => {
  vi.resetAllMocks();
});

describe('Protect activity page', () => {
  it('lists the last three months of activity with its figures', async () => {
    vi.mocked(listProtectActivity).mockResolvedValue([post]);
    renderPage();

    const table = await screen.findByTestId('protect-activity');
    expect(listProtectActivity).toHaveBeenCalledWith(threeMonthsTo(today), today);
    const row = within(table).getByRole('rowheader', { name: 'Courier fraud warning' }).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Social media post');
    expect(row).toHaveTextContent('1250');
    expect(row).toHaveTextContent('victim.care');
  });

  it('records an outreach event and says so', async () => {
    vi.mocked(listProtectActivity).mockResolvedValue([]);
    vi.mocked(recordProtectActivity).mockResolvedValue({
      ...post,
      id: 8,
      kind: 'OUTREACH_EVENT',
      title: 'Talk at the library',
      figure: 40,
    });
    renderPage();

    expect(await screen.findByText('No Protect activity was recorded in this period.')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Outreach event'));
    await typeDate('When was it posted or held?', today);
    await userEvent.type(screen.getByLabelText('Title'), 'Talk at the library');
    await userEvent.type(screen.getByLabelText('Number of people engaged'), '40');
    await userEvent.click(screen.getByRole('button', { name: 'Record activity' }));

    expect(recordProtectActivity).toHaveBeenCalledWith({
      kind: 'OUTREACH_EVENT',
      heldOn: today,
      title: 'Talk at the library',
      figure: '40',
    });
    expect(await screen.findByText('Activity recorded: “Talk at the library”')).toBeInTheDocument();
    expect(listProtectActivity).toHaveBeenCalledTimes(2);
  });

  it('names every missing answer, warns against personal data, and sends nothing', async () => {
    vi.mocked(listProtectActivity).mockResolvedValue([]);
    renderPage();

    expect(await screen.findByText(/Do not include names or any other personal data/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Number of impressions or people engaged'), '-3');
    await userEvent.click(screen.getByRole('button', { name: 'Record activity' }));

    const summary = within(screen.getByRole('alert'));
    expect(summary.getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Choose whether it was a social media post or an outreach event',
      'Enter the date it was posted or held',
      'Enter a short title for the post or event',
      'The number must be 0 or more',
    ]);
    expect(summary.getByRole('link', { name: /Enter the date/ })).toHaveAttribute('href', '#heldOn-day');
    expect(recordProtectActivity).not.toHaveBeenCalled();
  });

  it('shows the server’s field error, linked to the date', async () => {
    vi.mocked(listProtectActivity).mockResolvedValue([]);
    vi.mocked(recordProtectActivity).mockRejectedValue(
      new ApiError(400, 'Check the activity', [
        { field: 'heldOn', message: 'The date it was posted or held must be today or in the past' },
      ]),
    );
    renderPage();

    await userEvent.click(await screen.findByLabelText('Social media post'));
    await typeDate('When was it posted or held?', today);
    await userEvent.type(screen.getByLabelText('Title'), 'Investment fraud advice');
    await userEvent.type(screen.getByLabelText('Number of impressions'), '300');
    await userEvent.click(screen.getByRole('button', { name: 'Record activity' }));

    expect(await screen.findByRole('link', { name: /must be today or in the past/ })).toHaveAttribute(
      'href',
      '#heldOn-day',
    );
  });

  it('corrects a figure and shows the list again', async () => {
    vi.mocked(listProtectActivity).mockResolvedValue([post]);
    vi.mocked(correctProtectActivityFigure).mockResolvedValue({ ...post, figure: 1205, correctedBy: 'victim.care' });
    renderPage();

    await userEvent.click(
      await screen.findByRole('button', { name: /Correct\s*the figure for Courier fraud warning/ }),
    );
    const figure = screen.getByLabelText('Number of impressions', { selector: '#corrected-figure' });
    await userEvent.clear(figure);
    await userEvent.type(figure, '1205');
    await userEvent.click(screen.getByRole('button', { name: 'Correct figure' }));

    expect(correctProtectActivityFigure).toHaveBeenCalledWith(7, '1205');
    expect(await screen.findByText('Figure corrected: “Courier fraud warning” now has 1205')).toBeInTheDocument();
  });
});
