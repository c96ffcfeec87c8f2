// The programme's codes in the words its officers and drug workers use.

import type {
  DischargeReason,
  Engagement,
  ExitReason,
  FollowUpResult,
  LeftBeforeEnrolmentReason,
  IneligibilityReason,
  Medication,
  ParticipantStatus,
  PauseReason,
  ReferralSource,
  Stage,
  SubstanceMisuse,
} from '../api/recovery';

export const STATUSES: Record<ParticipantStatus, string> = {
  REFERRED: 'Referred',
  INELIGIBLE: 'Not eligible',
  AWAITING_ASSESSMENT: 'Awaiting joint assessment',
  DECLINED: 'Declined',
  AWAITING_ENROLMENT: 'Awaiting enrolment',
  ENROLLED: 'Enrolled',
  EXITED: 'Exited',
  LEFT_BEFORE_ENROLMENT: 'Left before enrolment',
};

export const PAUSE_REASONS: Record<PauseReason, string> = {
  CUSTODY: 'In custody',
  HOSPITAL: 'In hospital',
  OTHER: 'Another reason (say why in the notes)',
};

export const LEFT_BEFORE_ENROLMENT_REASONS: Record<LeftBeforeEnrolmentReason, string> = {
  DECLINED: 'Declined',
  NOT_ELIGIBLE_AFTER_ASSESSMENT: 'Not eligible after the joint assessment',
  MOVED_AWAY: 'Moved away',
};

export const FOLLOW_UP_RESULTS: Record<FollowUpResult, string> = {
  FOLLOWED_UP: 'Followed up',
  NOT_TRACED: 'Not traced',
  CANCELLED: 'Cancelled',
};

const STATUS_TAGS: Record<ParticipantStatus, string> = {
  REFERRED: 'govuk-tag--blue',
  INELIGIBLE: 'govuk-tag--grey',
  AWAITING_ASSESSMENT: 'govuk-tag--yellow',
  DECLINED: 'govuk-tag--grey',
  AWAITING_ENROLMENT: 'govuk-tag--yellow',
  ENROLLED: 'govuk-tag--green',
  EXITED: 'govuk-tag--grey',
  LEFT_BEFORE_ENROLMENT: 'govuk-tag--grey',
};

export const statusTagClass = (status: ParticipantStatus) => `govuk-tag ${STATUS_TAGS[status] ?? ''}`.trim();

export const REFERRAL_SOURCES: Record<ReferralSource, string> = {
  OFFICER: 'Police officer',
  CUSTODY_ARREST_REFERRAL: 'Custody arrest referral',
  RETAILER_INTELLIGENCE: 'Retailer intelligence',
  PROBATION: 'Probation',
};

export const SUBSTANCE_MISUSE: Record<SubstanceMisuse, string> = {
  DRUGS: 'Drugs',
  ALCOHOL: 'Alcohol',
  BOTH: 'Drugs and alcohol',
  NONE: 'None indicated',
};

export const INELIGIBILITY_REASONS: Record<IneligibilityReason, string> = {
  UNDER_18: 'Under 18 on the referral date',
  TOO_FEW_SHOP_THEFT_OFFENCES: 'Too few shop theft offences in the 12 months before the referral',
  NO_SUBSTANCE_MISUSE_INDICATED: 'No drug or alcohol misuse indicated',
  AREA_NOT_LIVE: 'The local authority area is not yet live on the programme',
};

export const STAGES: Record<Stage, string> = {
  COMMUNITY_TREATMENT: 'Community treatment',
  PRESCRIBING: 'Prescribing',
  PRE_ADMISSION_COURSE: 'Pre-admission course',
  REHAB_ADMISSION: 'Admitted to residential rehab',
  REHAB_COMPLETION: 'Completed residential rehab',
  REHAB_EARLY_DISCHARGE: 'Early discharge from residential rehab',
  INTENSIVE_THERAPY: 'Intensive therapy',
  RESTORATIVE_MEETING: 'Restorative meeting with retailers',
  AFTER_CARE: 'After-care',
};

export const MEDICATIONS: Record<Medication, string> = {
  METHADONE: 'Methadone',
  ORAL_BUPRENORPHINE: 'Oral buprenorphine',
  LONG_ACTING_INJECTABLE_BUPRENORPHINE: 'Long-acting injectable buprenorphine',
  OTHER: 'Other',
};

export const DISCHARGE_REASONS: Record<DischargeReason, string> = {
  SELF_DISCHARGED: 'Discharged themselves',
  SUBSTANCE_USE: 'Substance use',
  BEHAVIOUR: 'Behaviour',
  HEALTH: 'Health',
  OTHER: 'Other',
};

export const EXIT_REASONS: Record<ExitReason, string> = {
  COMPLETED: 'Completed the programme',
  DISENGAGED: 'Disengaged or inactive',
  REOFFENDED: 'Reoffended',
  EARLY_DISCHARGE_FROM_REHAB: 'Early discharge from rehab',
  CUSTODY: 'Custody',
  MOVED_OUT_OF_AREA: 'Moved out of area',
  WITHDREW_CONSENT: 'Withdrew consent',
  DIED: 'Died',
};

export const ENGAGEMENT: Record<Engagement, string> = {
  ATTENDED: 'Attended',
  PARTLY: 'Partly attended',
  MISSED: 'Missed',
};

/** A code in words, or the code itself when it is new to the front end. */
export const inWords = <K extends string>(words: Record<K, string>, code: K | string | null | undefined): string =>
  code ? ((words as Record<string, string>)[code] ?? code) : '—';

/** Code → label pairs, as options for radios and selects. */
export const optionsOf = <K extends string>(words: Record<K, string>) =>
  (Object.entries(words) as [K, string][]).map(([value, label]) => ({ value, label }));

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

export const formatPounds = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : pounds.format(value);

export const yesNo = (value: boolean | null | undefined) => (value === true ? 'Yes' : value === false ? 'No' : '—');

/** /recovery/participants/<reference> */
export const participantHref = (reference: string) => `/recovery/participants/${encodeURIComponent(reference)}`;

/** A local authority id (birmingham) as a name (Birmingham). */
export const areaName = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);
