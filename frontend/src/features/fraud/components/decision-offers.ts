import type { FieldError } from '../../../lib/api-client';

/** The victim update on the decision that ends the investigation (charge, disposal, no further action). */
export const DECISION_UPDATE = 'Task_TellVictimOfDecision';
/** The offer of a Victim Personal Statement: on a charge outcome, or after a charge logged as a case event. */
export const PERSONAL_STATEMENT_OFFERS = ['Task_OfferPersonalStatement', 'Task_OfferPersonalStatementOnCharge'];

export type StatementResponse = 'ACCEPTED' | 'DECLINED' | 'UNDECIDED';

/** What a told update offered, beyond when and how the victim was told. */
export interface OfferDraft {
  /** the Victims' Right to Review, asked on the decision update; 'na': a charge or disposal, nothing to review */
  reviewOffered: '' | 'yes' | 'no' | 'na';
  statementResponse: '' | StatementResponse;
}

export const emptyOffers = (): OfferDraft => ({ reviewOffered: '', statementResponse: '' });

/**
 * Told of the decision: whether the Right to Review was offered (the server insists on yes or no when the decision
 * was no further action). Offered a personal statement: the victim's answer.
 */
export function validateOffers(taskType: string, offers: OfferDraft): FieldError[] {
  if (taskType === DECISION_UPDATE && !offers.reviewOffered) {
    return [{ field: 'reviewOffered', message: "Say whether the Victims' Right to Review was offered" }];
  }
  if (PERSONAL_STATEMENT_OFFERS.includes(taskType) && !offers.statementResponse) {
    return [
      {
        field: 'statementResponse',
        message: 'Say whether the victim accepted or declined the offer of a personal statement',
      },
    ];
  }
  return [];
}

/** The answers a told update adds for its offers. */
export function offerAnswers(taskType: string, offers: OfferDraft) {
  if (taskType === DECISION_UPDATE && (offers.reviewOffered === 'yes' || offers.reviewOffered === 'no')) {
    return { reviewOffered: offers.reviewOffered === 'yes' };
  }
  if (PERSONAL_STATEMENT_OFFERS.includes(taskType) && offers.statementResponse) {
    return { statementResponse: offers.statementResponse };
  }
  return {};
}
