import { describe, expect, it } from 'vitest';
import { emptyOffers, offerAnswers, validateOffers } from './decision-offers';

describe('decision offers', () => {
  it('asks on the decision update whether the Right to Review was offered', () => {
    expect(validateOffers('Task_TellVictimOfDecision', emptyOffers()).map((e) => e.field)).toEqual(['reviewOffered']);
    expect(offerAnswers('Task_TellVictimOfDecision', { ...emptyOffers(), reviewOffered: 'yes' })).toEqual({
      reviewOffered: true,
    });
    expect(offerAnswers('Task_TellVictimOfDecision', { ...emptyOffers(), reviewOffered: 'na' })).toEqual({});
  });

  it("asks on the personal statement offer for the victim's answer", () => {
    expect(validateOffers('Task_OfferPersonalStatement', emptyOffers()).map((e) => e.field)).toEqual([
      'statementResponse',
    ]);
    expect(offerAnswers('Task_OfferPersonalStatement', { ...emptyOffers(), statementResponse: 'DECLINED' })).toEqual({
      statementResponse: 'DECLINED',
    });
    expect(validateOffers('Task_OfferPersonalStatementOnCharge', emptyOffers()).map((e) => e.field)).toEqual([
      'statementResponse',
    ]);
  });

  it('asks nothing more on other victim updates', () => {
    expect(validateOffers('Task_TellVictimOfficer', emptyOffers())).toEqual([]);
    expect(offerAnswers('Task_TellVictimOfficer', { reviewOffered: 'yes', statementResponse: 'ACCEPTED' })).toEqual({});
  });
});
