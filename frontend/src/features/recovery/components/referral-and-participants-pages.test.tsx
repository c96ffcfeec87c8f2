import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { listParticipants, referParticipant } from '../api/recovery';
import { as } from './recovery-pages.mocks';
import { renderAt, resetRecoveryPages, summaryLinks, typeDate } from './recovery-pages.support';

vi.mock('../api/recovery', async (original) => ({
  ...(await original<typeof import('../api/recovery')>()),
  ...(await import('./recovery-pages.mocks')).recoveryApiStubs(),
}));
vi.mock('../../../lib/session-context', () => import('./recovery-pages.mocks'));

beforeEach(resetRecoveryPages);

describe('ReferralFormPage', () => {
  it('lists every missing answer in a focused error summary linking to its field, and sends nothing', async () => {
    const user = userEvent.setup();
    renderAt('/recovery/referrals/new');
    await screen.findByRole('option', { name: 'Coventry (not yet live)' });

    await user.click(screen.getByRole('button', { name: 'Make the referral' }));

    expect(screen.getByRole('heading', { name: 'There is a problem' }).closest('.govuk-error-summary')).toHaveFocus();
    expect(summaryLinks()).toEqual([
      ["Enter the person's name", '#name'],
      ["Enter the person's date of birth", '#dateOfBirth-day'],
      ['Choose the local authority area the person lives in', '#localAuthority'],
      ['Choose the substance misuse indicated', '#substanceMisuse'],
      ['Choose the referral source', '#referralSource'],
    ]);
    expect(screen.getByLabelText('Full name')).toHaveAccessibleDescription(
      expect.stringContaining("Enter the person's name"),
    );
    expect(referParticipant).not.toHaveBeenCalled();
  });

  it('refers an eligible person with the keyboard and shows the reference and status', async () => {
    vi.mocked(referParticipant).mockResolvedValue({
      reference: 'O2R-000043',
      status: 'AWAITING_ASSESSMENT',
      ineligibilityReasons: [],
    });
    const user = userEvent.setup();
    renderAt('/recovery/referrals/new');
    await screen.findByRole('option', { name: 'Birmingham (pilot)' });

    await user.type(screen.getByLabelText('Full name'), 'Ryan Cole');
    await typeDate(user, 'Date of birth', '3', '2', '1990');
    await user.selectOptions(screen.getByLabelText('Local authority area the person lives in'), 'birmingham');
    await typeDate(user, 'Date of offence 1', '1', '9', '2026');
    await user.type(screen.getByLabelText('Value stolen in offence 1, in pounds'), '45.50');
    await user.type(screen.getByLabelText('Retailer in offence 1 (optional)'), 'Boots');
    await user.click(screen.getByRole('button', { name: 'Add another offence' }));
    await typeDate(user, 'Date of offence 2', '8', '9', '2026');
    await user.type(screen.getByLabelText('Value stolen in offence 2, in pounds'), '0');
    await user.click(screen.getByLabelText('Drugs and alcohol'));
    await user.type(screen.getByLabelText('Estimated weekly drug spend, in pounds (optional)'), '200');
    await user.click(screen.getByLabelText('Custody arrest referral'));
    await user.type(screen.getByLabelText('Notes (optional)'), 'Seen in custody');
    screen.getByRole('button', { name: 'Make the referral' }).focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByTestId('referral-outcome')).toHaveTextContent('O2R-000043');
    expect(screen.getByTestId('referral-status')).toHaveTextContent('Awaiting joint assessment');
    expect(screen.getByRole('link', { name: 'View the participant' })).toHaveAttribute(
      'href',
      '/recovery/participants/O2R-000043',
    );
    expect(referParticipant).toHaveBeenCalledWith({
      name: 'Ryan Cole',
      dateOfBirth: '1990-02-03',
      pncId: undefined,
      localAuthority: 'birmingham',
      referralSource: 'CUSTODY_ARREST_REFERRAL',
      substanceMisuse: 'BOTH',
      weeklyDrugSpendGbp: 200,
      offences: [
        { offenceDate: '2026-09-01', valueStolenGbp: 45.5, retailer: 'Boots' },
        { offenceDate: '2026-09-08', valueStolenGbp: 0, retailer: null },
      ],
      notes: 'Seen in custody',
    });
  });

  it('says in words why an ineligible referral was refused', async () => {
    vi.mocked(referParticipant).mockResolvedValue({
      reference: 'O2R-000044',
      status: 'INELIGIBLE',
      ineligibilityReasons: ['AREA_NOT_LIVE', 'TOO_FEW_SHOP_THEFT_OFFENCES'],
    });
    const user = userEvent.setup();
    renderAt('/recovery/referrals/new');
    await screen.findByRole('option', { name: 'Coventry (not yet live)' });
    await user.type(screen.getByLabelText('Full name'), 'Ryan Cole');
    await typeDate(user, 'Date of birth', '3', '2', '1990');
    await user.selectOptions(screen.getByLabelText('Local authority area the person lives in'), 'coventry');
    await user.click(screen.getByRole('button', { name: 'Remove offence 1' }));
    await user.click(screen.getByLabelText('Drugs'));
    await user.click(screen.getByLabelText('Police officer'));
    await user.click(screen.getByRole('button', { name: 'Make the referral' }));

    expect(await screen.findByTestId('referral-status')).toHaveTextContent('Not eligible');
    const reasons = within(screen.getByTestId('ineligibility-reasons'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(reasons).toEqual([
      'The local authority area is not yet live on the programme',
      'Too few shop theft offences in the 12 months before the referral',
    ]);
    expect(vi.mocked(referParticipant).mock.calls[0][0].offences).toEqual([]);
  });

  it('shows the server’s field errors, an offence’s date linking to its day box', async () => {
    vi.mocked(referParticipant).mockRejectedValue(
      new ApiError(400, 'Some answers need correcting', [
        { field: 'offences[0].offenceDate', message: 'The offence date cannot be in the future' },
      ]),
    );
    const user = userEvent.setup();
    renderAt('/recovery/referrals/new');
    await screen.findByRole('option', { name: 'Birmingham (pilot)' });
    await user.type(screen.getByLabelText('Full name'), 'Ryan Cole');
    await typeDate(user, 'Date of birth', '3', '2', '1990');
    await user.selectOptions(screen.getByLabelText('Local authority area the person lives in'), 'birmingham');
    await typeDate(user, 'Date of offence 1', '1', '9', '2026');
    await user.type(screen.getByLabelText('Value stolen in offence 1, in pounds'), '10');
    await user.click(screen.getByLabelText('Drugs'));
    await user.click(screen.getByLabelText('Probation'));
    await user.click(screen.getByRole('button', { name: 'Make the referral' }));

    await screen.findByRole('alert');
    expect(summaryLinks()).toEqual([['The offence date cannot be in the future', '#offences-0-offenceDate-day']]);
    expect(screen.getByRole('group', { name: 'Date of offence 1' })).toHaveAccessibleDescription(
      expect.stringContaining('The offence date cannot be in the future'),
    );
  });

  it('tells anyone but an O2R officer that they cannot refer', () => {
    as('DRUG_REFERRAL_WORKER');
    renderAt('/recovery/referrals/new');
    expect(screen.getByRole('heading', { name: 'You cannot make referrals' })).toBeInTheDocument();
  });
});

describe('ParticipantsPage', () => {
  it('lists the participants the server gives, linking to each, and filters by status and name', async () => {
    vi.mocked(listParticipants).mockResolvedValue({
      participants: [
        {
          reference: 'O2R-000042',
          name: 'Lee Harrison',
          dateOfBirth: '1988-05-14',
          localAuthority: 'birmingham',
          status: 'ENROLLED',
          referralDate: '2026-09-01',
          enrolmentDate: '2026-09-10',
        },
        {
          reference: 'O2R-000040',
          name: 'Shane Mulligan',
          dateOfBirth: '1979-01-02',
          localAuthority: 'birmingham',
          status: 'EXITED',
          referralDate: '2026-01-05',
          exitReason: 'CUSTODY',
        },
      ],
      page: 0,
      size: 25,
    });
    const user = userEvent.setup();
    renderAt('/recovery/participants');

    const table = await screen.findByTestId('participants-table');
    const lee = within(table).getByRole('row', { name: /Lee Harrison/ });
    expect(within(lee).getByRole('link', { name: 'Lee Harrison' })).toHaveAttribute(
      'href',
      '/recovery/participants/O2R-000042',
    );
    expect(lee).toHaveTextContent('Birmingham');
    expect(lee).toHaveTextContent('Enrolled');
    expect(within(table).getByRole('row', { name: /Shane Mulligan/ })).toHaveTextContent('Exited Custody');
    expect(listParticipants).toHaveBeenCalledWith({ status: '', q: '', page: 0, size: 25 });

    await user.selectOptions(screen.getByLabelText('Status'), 'ENROLLED');
    await user.type(screen.getByLabelText('Search participants'), 'Lee{Enter}');
    expect(screen.getByTestId('where')).toHaveTextContent('/recovery/participants?status=ENROLLED&q=Lee');
    expect(listParticipants).toHaveBeenLastCalledWith({ status: 'ENROLLED', q: 'Lee', page: 0, size: 25 });
  });
});
