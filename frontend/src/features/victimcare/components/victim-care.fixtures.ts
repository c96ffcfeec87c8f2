// Data shaped as the victim care API sends it, for the component tests.
import type { TaskDetail } from '../../../api/tasks';
import type { ReferralDetail } from '../api/referrals';
import type { Victim } from '../api/victims';

export const referral = (overrides: Partial<ReferralDetail> = {}): ReferralDetail => ({
  reference: 'VCR-000042',
  victimId: 'v-1',
  victimName: 'Margaret Okafor',
  repeatVictim: false,
  crimeReference: 'NFRC26110001',
  nfibCode: 'NFIB1D',
  romanceFraud: true,
  referredAt: '2026-11-16T09:00:00Z',
  screeningReasons: ['ROMANCE_FRAUD', 'AGED_70_OR_OVER'],
  stage: 'AWAITING_FIRST_CONTACT',
  contactAttempts: [],
  maxFailedAttempts: 3,
  assessment: null,
  contactPlan: null,
  resourcesIssued: [],
  victimSupport: null,
  questionnaire: null,
  closure: null,
  currentTasks: [
    {
      id: 'task-1',
      taskKey: 'Task_FirstContact',
      name: 'First contact and vulnerability assessment',
      assignee: null,
      due: '2026-11-18',
    },
  ],
  ...overrides,
});

/** A referral well under way: assessed, a plan changed once, one contact logged, one overdue, one planned. */
export const plannedReferral = (): ReferralDetail =>
  referral({
    reference: 'VCR-000007',
    stage: 'CONTACT_PLAN_AGREED',
    contactAttempts: [
      { attemptedAt: '2026-11-16T10:15:00Z', outcome: 'NO_ANSWER', notes: 'Rang twice', recordedBy: 'Jo Bennett' },
    ],
    assessment: {
      contactedOn: '2026-11-17',
      channel: 'PHONE',
      wantsSupport: true,
      vulnerability: {
        livesAlone: true,
        healthOrCognitiveCondition: false,
        stillInContactWithSuspect: true,
        significantFinancialHardship: false,
        lowDigitalConfidence: false,
      },
      supportLevel: 'ENHANCED',
      enhancedRights: {
        qualifies: true,
        reasons: ['INTIMIDATED'],
        explanation: 'The suspect still messages her daily',
      },
      assessedBy: 'Jo Bennett',
    },
    contactPlan: {
      version: 2,
      contacts: [
        {
          id: 'c1',
          dueOn: '2026-11-18',
          channel: 'PHONE',
          status: 'LOGGED',
          logged: {
            contactedOn: '2026-11-18',
            outcome: 'CONTACTED',
            advice: ['INTERNET_SAFETY', 'BANKING_PROTOCOL'],
            resources: ['CALL_BLOCKER'],
            notes: 'Fitted the call blocker',
            recordedBy: 'Jo Bennett',
          },
        },
        { id: 'c2', dueOn: '2026-11-20', channel: 'VISIT', status: 'REPLACED', logged: null },
        { id: 'c3', dueOn: '2026-11-21', channel: 'PHONE', status: 'OVERDUE', logged: null },
        { id: 'c4', dueOn: '2026-12-01', channel: 'LETTER', status: 'PLANNED', logged: null },
      ],
      changes: [
        {
          version: 2,
          reason: 'She asked for calls, not visits',
          changedBy: 'Jo Bennett',
          changedAt: '2026-11-19T11:00:00Z',
        },
      ],
    },
    resourcesIssued: [{ resource: 'CALL_BLOCKER', issuedOn: '2026-11-18', issuedBy: 'Jo Bennett' }],
    victimSupport: { consentRecordedAt: '2026-11-17T10:00:00Z', referredOn: null, victimSupportReference: null },
    currentTasks: [
      {
        id: 'task-9',
        taskKey: 'Task_PlannedContact',
        name: 'Contact victim',
        assignee: 'victim.care',
        due: '2026-11-21',
      },
    ],
  });

export const victim = (overrides: Partial<Victim> = {}): Victim => ({
  id: 'v-1',
  forename: 'Margaret',
  surname: 'Okafor',
  dateOfBirth: '1950-02-28',
  age: 76,
  phone: '07700 900123',
  email: null,
  postcode: 'B15 2TT',
  repeatVictim: true,
  listings: [
    {
      crimeReference: 'NFRC26110001',
      reportedDate: '2026-11-10',
      nfibCode: 'NFIB1D',
      nfibName: 'Dating scam',
      ndmScore: 5,
      lossGbp: 12000,
      listWeek: '2026-11-16',
      screeningResult: 'REFERRED',
      screeningReasons: ['ROMANCE_FRAUD', 'REPEAT_VICTIM'],
      referralReference: 'VCR-000042',
    },
    {
      crimeReference: 'NFRC26010009',
      reportedDate: '2026-01-05',
      nfibCode: 'NFIB3A',
      nfibName: 'Online shopping and auctions',
      ndmScore: 2,
      lossGbp: 80,
      listWeek: '2026-01-05',
      screeningResult: 'SCREENED_OUT',
      screeningReasons: [],
      referralReference: null,
    },
  ],
  referrals: [referral()],
  ...overrides,
});

export const victimCareTask = (taskType: string, name: string, due: string | null = null): TaskDetail => ({
  task: {
    id: 'task-1',
    name,
    taskType,
    process: 'victim-care',
    caseReference: 'VCR-000042',
    created: '2026-11-16T09:00:00Z',
    due,
    priority: 50,
    assignee: 'victim.care',
    assigneeName: 'Jo Bennett',
    teams: ['ecvcu'],
  },
  guidance: null,
  returnComment: null,
});
