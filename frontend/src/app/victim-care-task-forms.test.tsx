// Each victim care task form on its own: what it proposes from the referral, and what it hands over.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { todayIso } from '../lib/dates';
import { getReferral } from '../features/victimcare/api/referrals';
import { listResources } from '../features/victimcare/api/resources';
import { CloseReferralForm } from '../features/victimcare/components/close-referral-form';
import { ContactPlanForm } from '../features/victimcare/components/contact-plan-form';
import { FirstContactForm } from '../features/victimcare/components/first-contact-form';
import { PlannedContactForm } from '../features/victimcare/components/planned-contact-form';
import { ReferToVictimSupportForm } from '../features/victimcare/components/refer-to-victim-support-form';
import { RomanceQuestionnaireForm } from '../features/victimcare/components/romance-questionnaire-form';
import { UnableToContactReviewForm } from '../features/victimcare/components/unable-to-contact-review-form';
import { plannedReferral, referral, victimCareTask } from '../features/victimcare/components/victim-care.fixtures';

vi.mock('../features/victimcare/api/referrals', () => ({ getReferral: vi.fn() }));
vi.mock('../features/victimcare/api/resources', () => ({ listResources: vi.fn() }));
vi.mock('../lib/session-context', () => ({
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
const nextYear = String(Number(today.slice(0, 4)) + 1);

function renderForm(form: React.ReactElement) {
  return render(<MemoryRouter>{form}</MemoryRouter>);
}

const props = (taskType: string, name: string, due: string | null = null) => ({
  detail: victimCareTask(taskType, name, due),
  errors: [],
  busy: false,
  onSubmit: vi.fn(),
});

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(getReferral).mockResolvedValue(referral());
  vi.mocked(listResources).mockResolvedValue([
    { resource: 'PROTECT_BOOKLET', name: 'Protect booklet', inStock: 40, fundedBy: null },
    { resource: 'CALL_BLOCKER', name: 'Call blocker', inStock: 4, fundedBy: 'POCA' },
  ]);
});

describe('FirstContactForm', () => {
  it('proposes “persistently targeted” for a repeat victim, and flags them', async () => {
    vi.mocked(getReferral).mockResolvedValue(referral({ repeatVictim: true }));
    const p = props('Task_FirstContact', 'First contact and vulnerability assessment');
    renderForm(<FirstContactForm {...p} />);

    expect(await screen.findByTestId('persistently-targeted-proposal')).toBeInTheDocument();
    expect(within(screen.getByTestId('referral-context')).getByTestId('repeat-victim-tag')).toHaveTextContent(
      'Repeat victim',
    );
    expect(getReferral).toHaveBeenCalledWith('VCR-000042');
    const qualifies = screen.getByRole('group', { name: /qualify for enhanced rights/ });
    expect(within(qualifies).getByLabelText('Yes')).toBeChecked();
    expect(screen.getByLabelText('Persistently targeted')).toBeChecked();
    expect(screen.getByLabelText('Vulnerable')).not.toBeChecked();
  });

  it('proposes nothing for a first-time victim, and says age or NDM score alone do not give enhanced rights', async () => {
    vi.mocked(getReferral).mockResolvedValue(
      referral({ screeningReasons: ['AGED_70_OR_OVER', 'NDM_SCORE_AT_OR_ABOVE_THRESHOLD'] }),
    );
    const p = props('Task_FirstContact', 'First contact and vulnerability assessment');
    renderForm(<FirstContactForm {...p} />);

    const qualifies = await screen.findByRole('group', { name: /qualify for enhanced rights/ });
    expect(qualifies).toHaveAccessibleDescription(
      expect.stringContaining('Age or NDM score alone do not give enhanced rights.'),
    );
    expect(within(qualifies).getByLabelText('Yes')).not.toBeChecked();
    expect(screen.queryByLabelText('Persistently targeted')).not.toBeInTheDocument();
    expect(screen.queryByTestId('persistently-targeted-proposal')).not.toBeInTheDocument();
  });

  it('hands over the assessment, asking about consent once the victim wants support', async () => {
    const user = userEvent.setup();
    const p = props('Task_FirstContact', 'First contact and vulnerability assessment');
    renderForm(<FirstContactForm {...p} />);

    await user.click(await screen.findByLabelText('Visit'));
    await user.click(screen.getByLabelText('Lives alone'));
    await user.click(screen.getByLabelText('Has low confidence online'));
    const qualifies = screen.getByRole('group', { name: /qualify for enhanced rights/ });
    await user.click(within(qualifies).getByLabelText('Yes'));
    await user.click(screen.getByLabelText('Vulnerable'));
    await user.type(screen.getByLabelText('Explain why'), 'Early dementia');
    expect(screen.queryByRole('group', { name: /consent to a referral to Victim Support/ })).not.toBeInTheDocument();
    await user.click(within(screen.getByRole('group', { name: /want support from the ECVCU/ })).getByLabelText('Yes'));
    await user.click(
      within(screen.getByRole('group', { name: /consent to a referral to Victim Support/ })).getByLabelText('Yes'),
    );
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));

    expect(p.onSubmit).toHaveBeenCalledWith(
      {
        contactedOn: today,
        channel: 'VISIT',
        wantsSupport: true,
        vulnerability: {
          livesAlone: true,
          healthOrCognitiveCondition: false,
          stillInContactWithSuspect: false,
          significantFinancialHardship: false,
          lowDigitalConfidence: true,
        },
        enhancedRights: { qualifies: true, reasons: ['VULNERABLE'], explanation: 'Early dementia' },
        consentToVictimSupport: true,
        notes: null,
      },
      [],
    );
  });
});

describe('ContactPlanForm', () => {
  it('adds and removes contacts and hands over each date and channel', async () => {
    const user = userEvent.setup();
    const p = props('Task_ContactPlan', 'Agree contact plan');
    renderForm(<ContactPlanForm {...p} />);

    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    const fill = async (n: number, d: string, m: string, channel: string) => {
      const row = screen.getByRole('group', { name: `Contact ${n}` });
      await user.type(within(row).getByLabelText('Day'), d);
      await user.type(within(row).getByLabelText('Month'), m);
      await user.type(within(row).getByLabelText('Year'), nextYear);
      await user.selectOptions(within(row).getByLabelText('How'), channel);
    };
    await fill(1, '5', '1', 'Phone');
    await user.click(screen.getByRole('button', { name: 'Add another contact' }));
    await fill(2, '19', '1', 'Visit');
    await user.click(screen.getByRole('button', { name: 'Add another contact' }));
    await user.click(screen.getByRole('button', { name: /Remove\s*contact 3/ }));
    await user.click(screen.getByRole('button', { name: 'Save contact plan' }));

    expect(p.onSubmit).toHaveBeenCalledWith(
      {
        contacts: [
          { dueOn: `${nextYear}-01-05`, channel: 'PHONE' },
          { dueOn: `${nextYear}-01-19`, channel: 'VISIT' },
        ],
        notes: null,
      },
      [],
    );
  });

  it('shows the support level’s defaults and why, and fills the plan with the suggested dates', async () => {
    const user = userEvent.setup();
    const first = `${nextYear}-01-07`;
    const second = `${nextYear}-01-14`;
    vi.mocked(getReferral).mockResolvedValue(
      referral({
        planDefaults: {
          supportLevel: 'INTENSIVE',
          supportName: 'High support',
          contactEveryDays: 7,
          suggestedContacts: [first, second],
          advice: ['BANKING_PROTOCOL'],
          resources: ['CALL_BLOCKER'],
          why: 'High support: weekly contact, call blocker offered; advice on the Banking Protocol',
        },
      }),
    );
    const p = props('Task_ContactPlan', 'Agree contact plan');
    renderForm(<ContactPlanForm {...p} />);

    const defaults = await screen.findByTestId('plan-defaults');
    expect(defaults).toHaveTextContent('High support: weekly contact, call blocker offered');
    expect(defaults).toHaveTextContent('Call blocker');
    await user.click(within(defaults).getByRole('button', { name: 'Use the suggested dates' }));
    for (const n of [1, 2]) {
      await user.selectOptions(
        within(screen.getByRole('group', { name: `Contact ${n}` })).getByLabelText('How'),
        'Phone',
      );
    }
    await user.click(screen.getByRole('button', { name: 'Save contact plan' }));

    expect(p.onSubmit).toHaveBeenCalledWith(
      {
        contacts: [
          { dueOn: first, channel: 'PHONE' },
          { dueOn: second, channel: 'PHONE' },
        ],
        notes: null,
      },
      [],
    );
  });

  it('finds the problems with an empty row before asking the server', async () => {
    const user = userEvent.setup();
    const p = props('Task_ContactPlan', 'Agree contact plan');
    renderForm(<ContactPlanForm {...p} />);

    await user.click(screen.getByRole('button', { name: 'Save contact plan' }));

    expect(p.onSubmit).toHaveBeenCalledWith(expect.anything(), [
      { field: 'contacts[0].dueOn', message: 'Enter the date of contact' },
      { field: 'contacts[0].channel', message: 'Choose how contact will be made' },
    ]);
  });
});

describe('PlannedContactForm', () => {
  it('shows call blocker stock and hands over the contact as logged', async () => {
    const user = userEvent.setup();
    const p = props('Task_PlannedContact', 'Contact victim', '2026-11-25');
    renderForm(<PlannedContactForm {...p} />);

    expect(await screen.findByLabelText('Call blocker')).toHaveAccessibleDescription('4 in stock (POCA funded)');
    expect(screen.getByText('Planned for 25 Nov 2026.')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Spoke to the victim'));
    await user.click(screen.getByLabelText('Banking and financial safeguarding'));
    await user.click(screen.getByLabelText('Current fraud and scam trends'));
    await user.click(screen.getByLabelText('Call blocker'));
    await user.click(screen.getByLabelText('Yes, they consent'));
    await user.click(screen.getByRole('button', { name: 'Log contact' }));

    expect(p.onSubmit).toHaveBeenCalledWith(
      {
        contactedOn: today,
        outcome: 'CONTACTED',
        advice: ['BANKING_SAFEGUARDING', 'SCAM_TRENDS'],
        resources: ['CALL_BLOCKER'],
        consentToVictimSupport: true,
        notes: null,
      },
      [],
    );
  });

  it('says when no call blockers are left, and refuses to issue one', async () => {
    vi.mocked(listResources).mockResolvedValue([
      { resource: 'CALL_BLOCKER', name: 'Call blocker', inStock: 0, fundedBy: 'POCA' },
    ]);
    const user = userEvent.setup();
    const p = props('Task_PlannedContact', 'Contact victim');
    renderForm(<PlannedContactForm {...p} />);

    expect(await screen.findByText('None left in stock (POCA funded): one cannot be issued')).toBeInTheDocument();
    expect(screen.queryByLabelText('No answer')).not.toBeInTheDocument();
    expect(screen.getByText(/log it as a failed attempt on the referral’s page/)).toBeInTheDocument();
    expect(screen.getByLabelText('The victim opted out of further contact (closes the referral)')).toBeInTheDocument();
    await user.click(screen.getByLabelText('The victim declined the contact'));
    await user.click(screen.getByLabelText('Call blocker'));
    await user.click(screen.getByRole('button', { name: 'Log contact' }));

    expect(p.onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ resources: ['CALL_BLOCKER'], consentToVictimSupport: null }),
      [{ field: 'resources', message: 'No call blockers are left in stock' }],
    );
  });
});

describe('the other victim care task forms', () => {
  it('ReferToVictimSupportForm hands over the referral date and Victim Support’s reference', async () => {
    const user = userEvent.setup();
    const p = props('Task_ReferToVictimSupport', 'Refer to Victim Support');
    renderForm(<ReferToVictimSupportForm {...p} />);

    await user.type(screen.getByLabelText('Victim Support reference'), 'VS-2026-1234');
    await user.click(screen.getByRole('button', { name: 'Record referral to Victim Support' }));

    expect(p.onSubmit).toHaveBeenCalledWith(
      { referredOn: today, victimSupportReference: 'VS-2026-1234', notes: null },
      [],
    );
  });

  it('RomanceQuestionnaireForm hands over whether it was completed, and when', async () => {
    const user = userEvent.setup();
    const p = props('Task_RomanceQuestionnaire', 'National romance fraud victim questionnaire');
    renderForm(<RomanceQuestionnaireForm {...p} />);

    await user.click(screen.getByLabelText('No, they declined'));
    await user.click(screen.getByRole('button', { name: 'Save questionnaire' }));

    expect(p.onSubmit).toHaveBeenCalledWith({ outcome: 'DECLINED', completedOn: today, notes: null }, []);
  });

  it('CloseReferralForm hands over the outcome', async () => {
    const user = userEvent.setup();
    const p = props('Task_CloseReferral', 'Close referral');
    renderForm(<CloseReferralForm {...p} />);

    await user.click(screen.getByLabelText('Referred on'));
    await user.type(screen.getByLabelText('Notes (optional)'), 'Victim Support have taken over');
    await user.click(screen.getByRole('button', { name: 'Close referral' }));

    expect(p.onSubmit).toHaveBeenCalledWith({ outcome: 'REFERRED_ON', notes: 'Victim Support have taken over' }, []);
  });

  it('UnableToContactReviewForm shows the failed attempts and hands over the decision with its reason', async () => {
    vi.mocked(getReferral).mockResolvedValue(plannedReferral());
    const user = userEvent.setup();
    const p = props('Task_UnableToContactReview', 'Review: unable to contact');
    renderForm(<UnableToContactReviewForm {...p} />);

    expect(await screen.findByTestId('failed-attempts')).toHaveTextContent('No answer (Rang twice), Jo Bennett');
    await user.click(screen.getByLabelText('Try again'));
    await user.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(p.onSubmit).toHaveBeenLastCalledWith({ decision: 'TRY_AGAIN', reason: '' }, [
      { field: 'reason', message: 'Give the reason for your decision' },
    ]);
  });
});
