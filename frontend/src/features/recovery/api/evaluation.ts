import { api } from '../../../lib/api-client';
import type { DischargeReason, ExitReason, IneligibilityReason, ReferralSource } from './recovery';

// The programme's evaluation: figures by area with small numbers withheld, and the evaluator's files.

/** A count of 1 to 4 people is withheld, as null, so that no one can be identified from it. */
export type Count = number | null;

/** Withheld, as null, when worked out over 1 to 4 people. */
export type Rate = number | null;

export interface ReviewEngagement {
  reviewNumber: number;
  recorded: Count;
  attended: Count;
  partly: Count;
  missed: Count;
  engagementRate: Rate;
}

export interface OffendingRate {
  participants: Count;
  offencesPerWeek: Rate;
  valueStolenPerWeekGbp: Rate;
}

export interface FollowUpOutcomes {
  months: number;
  followedUp: Count;
  abstinent: Count;
  reoffended: Count;
  /** people who could not be found: never counted as followed up */
  notTraced: Count;
}

export interface AreaEvaluation {
  area: string;
  name: string;
  referrals: Count;
  referralsBySource: Partial<Record<ReferralSource, Count>>;
  /** withheld together with ineligible */
  eligible: Count;
  ineligible: Count;
  ineligibilityReasons: Partial<Record<IneligibilityReason, Count>>;
  declinedAtAssessment: Count;
  withdrewConsent: Count;
  inactive: Count;
  enrolments: Count;
  rehabAdmissions: Count;
  rehabCompletions: Count;
  rehabEarlyDischarges: Count;
  earlyDischargeReasons: Partial<Record<DischargeReason, Count>>;
  exitsByReason: Partial<Record<ExitReason, Count>>;
  engagementByReview: ReviewEngagement[];
  followUps: FollowUpOutcomes[];
  offending: { participants: Count; before: OffendingRate; during: OffendingRate; after: OffendingRate };
  /**
   * The totals rounded to the nearest 5 because a cell of their breakdown is withheld (e.g. "referrals",
   * "engagementByReview.2.recorded")
   */
  roundedToFive?: string[];
}

export interface Evaluation {
  from: string;
  to: string;
  areas: AreaEvaluation[];
}

export interface EvaluationQuery {
  from: string;
  to: string;
  /** a local authority id; every area when empty */
  area?: string;
}

export function evaluationParams({ from, to, area }: EvaluationQuery): URLSearchParams {
  const params = new URLSearchParams({ from, to });
  if (area) params.set('area', area);
  return params;
}

export const getEvaluation = (query: EvaluationQuery) =>
  api.get<Evaluation>(`/api/recovery/evaluation?${evaluationParams(query)}`);

/** Where the same figures download as CSV (area, from, to, measure, category, value). */
export const evaluationCsvHref = (query: EvaluationQuery) => `/api/recovery/evaluation.csv?${evaluationParams(query)}`;

/** The independent evaluator's files: pseudonymous dataset, suppressed cohorts, data dictionary. */
export const evaluationDatasetHrefs = {
  dataset: '/api/recovery/evaluation/dataset.csv',
  cohorts: '/api/recovery/evaluation/cohorts.csv',
  dictionary: '/api/recovery/evaluation/data-dictionary.csv',
};
