import type { TaskDetail } from '../../../api/tasks';
import type { Participant } from '../api/recovery';
import type { AreaEvaluation, Count, Rate } from '../api/evaluation';

export const participant = (overrides: Partial<Participant> = {}): Participant => ({
  reference: 'O2R-000042',
  name: 'Lee Harrison',
  dateOfBirth: '1988-05-14',
  pncId: '08/123456A',
  localAuthority: 'birmingham',
  status: 'ENROLLED',
  referral: {
    referralDate: '2026-09-01',
    source: 'CUSTODY_ARREST_REFERRAL',
    substanceMisuse: 'DRUGS',
    weeklyDrugSpendGbp: 350,
    notes: 'Arrested at the Bullring',
    referredBy: "PC Sam O'Neill",
  },
  ineligibilityReasons: [],
  assessment: {
    willingToEngage: true,
    consentToTreatment: true,
    consentToInformationSharing: true,
    notes: null,
    assessedBy: 'Alex Reid',
    assessedOn: '2026-09-05',
  },
  enrolment: { enrolmentDate: '2026-09-10', keyWorker: 'drug.worker', programmeEndsOn: '2027-09-10' },
  offences: [
    { offenceDate: '2026-06-01', valueStolenGbp: 45.5, retailer: 'Boots' },
    { offenceDate: '2026-07-01', valueStolenGbp: 120, retailer: null },
  ],
  reviews: [
    { reviewNumber: 2, reviewDate: '2026-10-08', engagement: 'MISSED', newOffences: [] },
    {
      reviewNumber: 1,
      reviewDate: '2026-09-24',
      engagement: 'ATTENDED',
      treatmentNotes: 'Stable on prescription',
      newOffences: [{ offenceDate: '2026-09-20', valueStolenGbp: 30, retailer: 'Tesco' }],
      reoffendingDecision: 'CONTINUE',
      reoffendingRationale: 'Engaging well otherwise',
    },
  ],
  pathway: [
    {
      id: 1,
      stage: 'PRESCRIBING',
      stageDate: '2026-09-10',
      medication: 'LONG_ACTING_INJECTABLE_BUPRENORPHINE',
      notes: 'Monthly injection',
      recordedBy: 'Alex Reid',
    },
  ],
  exit: null,
  followUps: [],
  ...overrides,
});

export const recoveryTask = (taskType: string, name: string): TaskDetail => ({
  task: {
    id: 'task-1',
    name,
    taskType,
    process: 'o2r-programme',
    caseReference: 'O2R-000042',
    created: '2026-11-16T09:00:00Z',
    due: null,
    priority: 50,
    assignee: 'drug.worker',
    assigneeName: 'Alex Reid',
    teams: ['cgl-birmingham'],
  },
  guidance: null,
  returnComment: null,
});

const rate = (participants: Count, offencesPerWeek: Rate, valueStolenPerWeekGbp: Rate) => ({
  participants,
  offencesPerWeek,
  valueStolenPerWeekGbp,
});

export const areaEvaluation = (overrides: Partial<AreaEvaluation> = {}): AreaEvaluation => ({
  area: 'birmingham',
  name: 'Birmingham',
  referrals: 10,
  referralsBySource: { OFFICER: 6, PROBATION: 4 },
  eligible: 8,
  ineligible: 2,
  ineligibilityReasons: { AREA_NOT_LIVE: 1, UNDER_18: 1 },
  declinedAtAssessment: 1,
  withdrewConsent: 0,
  inactive: 1,
  enrolments: 6,
  rehabAdmissions: 3,
  rehabCompletions: 2,
  rehabEarlyDischarges: 1,
  earlyDischargeReasons: { BEHAVIOUR: 1 },
  exitsByReason: { CUSTODY: 1, COMPLETED: 2 },
  engagementByReview: [{ reviewNumber: 1, recorded: 6, attended: 4, partly: 1, missed: 1, engagementRate: 0.75 }],
  followUps: [{ months: 3, followedUp: 2, abstinent: 1, reoffended: 1, notTraced: 0 }],
  offending: { participants: 6, before: rate(6, 1.5, 80), during: rate(6, 0.4, 20.5), after: rate(2, 0.1, 3) },
  ...overrides,
});

/** An area so small that most of its figures are withheld. */
export const smallAreaEvaluation = (): AreaEvaluation =>
  areaEvaluation({
    area: 'coventry',
    name: 'Coventry',
    referrals: 7,
    referralsBySource: { OFFICER: 7 },
    eligible: null,
    ineligible: null,
    ineligibilityReasons: { UNDER_18: null },
    declinedAtAssessment: null,
    withdrewConsent: 0,
    inactive: null,
    enrolments: null,
    rehabAdmissions: 0,
    rehabCompletions: 0,
    rehabEarlyDischarges: 0,
    earlyDischargeReasons: {},
    exitsByReason: { CUSTODY: null },
    engagementByReview: [
      { reviewNumber: 1, recorded: null, attended: null, partly: 0, missed: null, engagementRate: null },
    ],
    followUps: [{ months: 3, followedUp: null, abstinent: null, reoffended: 0, notTraced: null }],
    offending: {
      participants: null,
      before: rate(null, null, null),
      during: rate(null, null, null),
      after: rate(0, 0, 0),
    },
  });
