import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listNfibFraudTypes } from '../../../api/reference';
import { ApiError } from '../../../lib/api-client';
import { addCampaign, changeCampaign, listCampaigns, type Campaign } from '../api/board';
import { CAMPAIGNS_PATH, CampaignsPage } from './campaigns-page';

vi.mock('../api/board', async (original) => ({
  ...(await original<typeof import('../api/board')>()),
  listCampaigns: vi.fn(),
  addCampaign: vi.fn(),
  changeCampaign: vi.fn(),
}));
vi.mock('../../../api/reference', async (original) => ({
  ...(await original<typeof import('../../../api/reference')>()),
  listNfibFraudTypes: vi.fn(),
}));

const VALENTINES: Campaign = {
  id: 7,
  name: "Romance fraud around Valentine's Day 2093",
  fraudTypes: [{ code: 'NFIB1D', label: 'Dating Scam' }],
  startsOn: '2093-02-01',
  endsOn: '2093-02-28',
  source: '2022 paper, paragraph 17',
};

function renderPage(canChange: boolean, at = CAMPAIGNS_PATH) {
  render(
    <MemoryRouter initialEntries={[at]}>
      <Routes>
        <Route path={CAMPAIGNS_PATH} element={<CampaignsPage canChange={canChange} />} />
      </Routes>
    </MemoryRouter>,
  );
}

async function typeDate(user: UserEvent, group: string, day: string, month: string, year: string) {
  const fieldset = screen.getByRole('group', { name: group });
  await user.type(within(fieldset).getByLabelText('Day'), day);
  await user.type(within(fieldset).getByLabelText('Month'), month);
  await user.type(within(fieldset).getByLabelText('Year'), year);
}

describe('CampaignsPage', () => {
  beforeEach(() => {
    vi.mocked(listCampaigns).mockResolvedValue([VALENTINES]);
    vi.mocked(listNfibFraudTypes).mockResolvedValue([
      { code: 'NFIB1D', name: 'Dating Scam', fraudGroup: 'Advance fee', confidence: 'HIGH' },
      { code: 'NFIB3A', name: 'Online Shopping and Auctions', fraudGroup: 'Consumer', confidence: 'HIGH' },
    ]);
  });
  afterEach(() => {
    cleanup();
    vi.clearAllMocks();
  });

  it('lists the campaigns for an analyst without a way to change them', async () => {
    renderPage(false);

    const row = (await screen.findByRole('rowheader', { name: VALENTINES.name })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Dating Scam (NFIB1D)')).toBeTruthy();
    expect(within(row).getByText('1 Feb 2093')).toBeTruthy();
    expect(within(row).getByText('Not changed since it was seeded')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Change/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add a campaign' })).toBeNull();
    expect(screen.getByText(/cannot be deleted/)).toBeTruthy();
  });

  it("adds a campaign, showing the API's errors against their fields first", async () => {
    const user = userEvent.setup();
    vi.mocked(addCampaign)
      .mockRejectedValueOnce(
        new ApiError(400, 'The campaign cannot be saved', [
          { field: 'name', message: 'Enter the campaign name' },
          { field: 'fraudTypes', message: 'Choose at least one fraud type' },
        ]),
      )
      .mockResolvedValueOnce({ ...VALENTINES, id: 8, name: 'Shopping fraud week 2093' });
    renderPage(true);
    const form = await screen.findByRole('form', { name: 'Add a campaign' });

    await user.click(within(form).getByRole('button', { name: 'Add the campaign' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Enter the date the campaign starts' }),
    ).toHaveAttribute('href', '#startsOn-day');
    expect(addCampaign).not.toHaveBeenCalled();

    await typeDate(user, 'Starts on', '8', '6', '2093');
    await typeDate(user, 'Ends on', '14', '6', '2093');
    await user.click(within(form).getByRole('button', { name: 'Add the campaign' }));
    const summary = within(await screen.findByRole('alert'));
    expect(summary.getByRole('link', { name: 'Enter the campaign name' })).toHaveAttribute('href', '#name');
    expect(summary.getByRole('link', { name: 'Choose at least one fraud type' })).toHaveAttribute(
      'href',
      '#fraudTypes',
    );

    await user.type(screen.getByLabelText('Name of the campaign'), 'Shopping fraud week 2093');
    await user.click(screen.getByLabelText('Online Shopping and Auctions (NFIB3A)'));
    await user.click(screen.getByRole('button', { name: 'Add the campaign' }));

    expect(await screen.findByText('Shopping fraud week 2093 is added')).toBeTruthy();
    expect(addCampaign).toHaveBeenLastCalledWith({
      name: 'Shopping fraud week 2093',
      startsOn: '2093-06-08',
      endsOn: '2093-06-14',
      fraudTypes: ['NFIB3A'],
      source: null,
    });
    expect(listCampaigns).toHaveBeenCalledTimes(2);
  });

  it('opens the same form filled in from a campaign’s Change link and saves the correction', async () => {
    const user = userEvent.setup();
    vi.mocked(changeCampaign).mockResolvedValue({ ...VALENTINES, startsOn: '2093-02-07' });
    renderPage(true);

    await user.click(await screen.findByRole('link', { name: `Change ${VALENTINES.name}` }));
    const form = await screen.findByRole('form', { name: `Correct ${VALENTINES.name}` });
    expect(within(form).getByLabelText('Name of the campaign')).toHaveValue(VALENTINES.name);
    expect(within(form).getByLabelText('Dating Scam (NFIB1D)')).toBeChecked();
    const starts = within(screen.getByRole('group', { name: 'Starts on' }));
    await user.clear(starts.getByLabelText('Day'));
    await user.type(starts.getByLabelText('Day'), '7');
    await user.click(within(form).getByRole('button', { name: 'Save the correction' }));

    expect(await screen.findByText(`${VALENTINES.name} is corrected`)).toBeTruthy();
    expect(changeCampaign).toHaveBeenCalledWith(7, {
      name: VALENTINES.name,
      startsOn: '2093-02-07',
      endsOn: '2093-02-28',
      fraudTypes: ['NFIB1D'],
      source: '2022 paper, paragraph 17',
    });
    expect(await screen.findByRole('form', { name: 'Add a campaign' })).toBeTruthy();
  });
});
