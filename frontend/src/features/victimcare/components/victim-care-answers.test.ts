import { describe, expect, it } from 'vitest';
import { emptyDate } from '../../../lib/dates';
import type { ResourceStock } from '../api/resources';
import {
  contactFieldId,
  contactPlanAnswers,
  firstContactAnswers,
  firstContactFieldId,
  plannedContactAnswers,
  planChangeAnswers,
  validateClosure,
  validateContactRows,
  validateFirstContact,
  validatePlanChange,
  validatePlannedContact,
  validateQuestionnaire,
  validateUnableToContact,
  validateVictimSupport,
  type FirstContactDraft,
  type PlannedContactDraft,
} from './victim-care-answers';

const TODAY = '2026-11-20';
const day = (d: string, m = '11', y = '2026') => ({ day: d, month: m, year: y });

describe('contact rows', () => {
  it('needs at least one contact', () => {
    expect(validateContactRows([], TODAY)).toEqual([
      { field: 'contacts', message: 'Add at least one contact to the plan' },
    ]);
  });

  it('needs a real date, today or later, and a channel on each row, naming the row when there are several', () => {
    expect(
      validateContactRows(
        [
          { dueOn: day('20'), channel: 'PHONE' },
          { dueOn: day('19'), channel: '' },
          { dueOn: day('31', '2'), channel: 'VISIT' },
        ],
        TODAY,
      ),
    ).toEqual([
      { field: 'contacts[1].dueOn', message: 'The date of contact 2 must be today or later' },
      { field: 'contacts[1].channel', message: 'Choose how contact 2 will be made' },
      { field: 'contacts[2].dueOn', message: 'The date of contact 3 must be a real date, like 27 3 2025' },
    ]);
    expect(validateContactRows([{ dueOn: emptyDate(), channel: 'PHONE' }], TODAY)).toEqual([
      { field: 'contacts[0].dueOn', message: 'Enter the date of contact' },
    ]);
  });

  it('sends ISO dates and channels, and links each server field to its box on the page', () => {
    expect(contactPlanAnswers({ contacts: [{ dueOn: day('5', '12'), channel: 'LETTER' }], notes: '  ' })).toEqual({
      contacts: [{ dueOn: '2026-12-05', channel: 'LETTER' }],
      notes: null,
    });
    expect(contactFieldId('contacts[2].dueOn')).toBe('contacts-2-dueOn-day');
    expect(contactFieldId('contacts[1].channel')).toBe('contacts-1-channel');
    expect(contactFieldId('contacts')).toBe('contacts-0-dueOn-day');
    expect(contactFieldId('notes')).toBe('notes');
  });

  it('needs a reason to change a plan', () => {
    const draft = { contacts: [{ dueOn: day('21'), channel: 'PHONE' }], reason: ' ' };
    expect(validatePlanChange(draft, TODAY)).toEqual([
      { field: 'reason', message: 'Say why the contact plan is changing' },
    ]);
    expect(planChangeAnswers({ ...draft, reason: ' Moved ' })).toEqual({
      contacts: [{ dueOn: '2026-11-21', channel: 'PHONE' }],
      reason: 'Moved',
    });
  });
});

describe('first contact', () => {
  const draft = (overrides: Partial<FirstContactDraft> = {}): FirstContactDraft => ({
    contactedOn: day('20'),
    channel: 'PHONE',
    wantsSupport: 'yes',
    vulnerability: ['livesAlone'],
    qualifies: 'yes',
    reasons: ['PERSISTENTLY_TARGETED'],
    explanation: 'Third crime this year',
    consentToVictimSupport: 'yes',
    notes: '',
    ...overrides,
  });

  it('asks for the reasons and an explanation when the victim qualifies for enhanced rights', () => {
    expect(validateFirstContact(draft({ reasons: [], explanation: '' }), TODAY)).toEqual([
      { field: 'enhancedRights.reasons', message: 'Choose why the victim qualifies for enhanced rights' },
      { field: 'enhancedRights.explanation', message: 'Explain why the victim qualifies for enhanced rights' },
    ]);
    expect(validateFirstContact(draft({ qualifies: 'no', reasons: [], explanation: '' }), TODAY)).toEqual([]);
  });

  it('refuses a contact date in the future and asks every question', () => {
    expect(
      validateFirstContact(draft({ contactedOn: day('21'), channel: '', wantsSupport: '', qualifies: '' }), TODAY).map(
        (p) => p.field,
      ),
    ).toEqual(['contactedOn', 'channel', 'wantsSupport', 'enhancedRights.qualifies']);
  });

  it('asks about consent only when the victim wants support', () => {
    expect(validateFirstContact(draft({ consentToVictimSupport: '' }), TODAY)).toEqual([
      {
        field: 'consentToVictimSupport',
        message: 'Choose whether the victim consents to a referral to Victim Support',
      },
    ]);
    expect(validateFirstContact(draft({ wantsSupport: 'no', consentToVictimSupport: '' }), TODAY)).toEqual([]);
  });

  it('sends the assessment as the API reads it: every vulnerability answered, no reasons without enhanced rights', () => {
    expect(firstContactAnswers(draft())).toEqual({
      contactedOn: '2026-11-20',
      channel: 'PHONE',
      wantsSupport: true,
      vulnerability: {
        livesAlone: true,
        healthOrCognitiveCondition: false,
        stillInContactWithSuspect: false,
        significantFinancialHardship: false,
        lowDigitalConfidence: false,
      },
      enhancedRights: { qualifies: true, reasons: ['PERSISTENTLY_TARGETED'], explanation: 'Third crime this year' },
      consentToVictimSupport: true,
      notes: null,
    });
    expect(firstContactAnswers(draft({ qualifies: 'no', wantsSupport: 'no' }))).toMatchObject({
      wantsSupport: false,
      enhancedRights: { qualifies: false, reasons: [], explanation: null },
      consentToVictimSupport: false,
    });
  });

  it('links the server’s nested fields to the questions on the page', () => {
    expect(firstContactFieldId('enhancedRights.reasons')).toBe('reasons');
    expect(firstContactFieldId('enhancedRights.reasons[0]')).toBe('reasons');
    expect(firstContactFieldId('enhancedRights.explanation')).toBe('explanation');
    expect(firstContactFieldId('enhancedRights')).toBe('qualifies');
    expect(firstContactFieldId('vulnerability.livesAlone')).toBe('vulnerability');
    expect(firstContactFieldId('contactedOn')).toBe('contactedOn-day');
  });
});

describe('planned contact', () => {
  const draft = (overrides: Partial<PlannedContactDraft> = {}): PlannedContactDraft => ({
    contactedOn: day('20'),
    outcome: 'CONTACTED',
    advice: ['SCAM_TRENDS'],
    resources: ['CALL_BLOCKER'],
    consentToVictimSupport: 'notAsked',
    notes: '',
    ...overrides,
  });
  const stock = (inStock: number): ResourceStock[] => [
    { resource: 'CALL_BLOCKER', name: 'Call blocker', inStock, fundedBy: 'POCA' },
  ];

  it('refuses a call blocker when none are left, and allows one while there is stock', () => {
    expect(validatePlannedContact(draft(), stock(0), TODAY)).toEqual([
      { field: 'resources', message: 'No call blockers are left in stock' },
    ]);
    expect(validatePlannedContact(draft(), stock(1), TODAY)).toEqual([]);
  });

  it('sends consent as true, false or null when not asked', () => {
    expect(plannedContactAnswers(draft())).toEqual({
      contactedOn: '2026-11-20',
      outcome: 'CONTACTED',
      advice: ['SCAM_TRENDS'],
      resources: ['CALL_BLOCKER'],
      consentToVictimSupport: null,
      notes: null,
    });
    expect(plannedContactAnswers(draft({ consentToVictimSupport: 'yes' })).consentToVictimSupport).toBe(true);
    expect(plannedContactAnswers(draft({ consentToVictimSupport: 'no' })).consentToVictimSupport).toBe(false);
  });
});

describe('the other victim care tasks', () => {
  it('ask for what each needs', () => {
    expect(validateVictimSupport({ referredOn: day('20'), victimSupportReference: '', notes: '' }, TODAY)).toEqual([
      { field: 'victimSupportReference', message: 'Enter the reference Victim Support gave the referral' },
    ]);
    expect(validateQuestionnaire({ outcome: '', completedOn: day('20'), notes: '' }, TODAY)).toEqual([
      { field: 'outcome', message: 'Choose whether the victim completed the questionnaire' },
    ]);
    expect(validateClosure({ outcome: '', notes: '' })).toEqual([
      { field: 'outcome', message: 'Choose the outcome the referral is closed with' },
    ]);
    expect(validateUnableToContact({ decision: 'CLOSE', reason: '' })).toEqual([
      { field: 'reason', message: 'Give the reason for your decision' },
    ]);
  });
});
