import { describe, expect, it } from 'vitest';
import { breachReviewAnswers, emptyBreachReview, validateBreachReview } from './breach-review-answers';

describe('breach review answers', () => {
  it('asks for the cause, whether it was justified and the action taken', () => {
    expect(validateBreachReview(emptyBreachReview()).map((p) => p.field)).toEqual([
      'cause',
      'justified',
      'actionTaken',
    ]);
    expect(
      validateBreachReview({ ...emptyBreachReview(), cause: 'WORKLOAD', justified: 'no', actionTaken: '   ' }).map(
        (p) => p.field,
      ),
    ).toEqual(['actionTaken']);
  });

  it('sends the answers in the server’s shape, leaving out an empty reassignment', () => {
    expect(
      breachReviewAnswers({ cause: 'SYSTEM', justified: 'yes', actionTaken: ' Raised with IT ', reassignTo: '' }),
    ).toEqual({
      cause: 'SYSTEM',
      justified: true,
      actionTaken: 'Raised with IT',
      reassignTo: undefined,
    });
    expect(
      breachReviewAnswers({ cause: 'WORKLOAD', justified: 'no', actionTaken: 'Moved', reassignTo: 'ecu.officer2' })
        .reassignTo,
    ).toBe('ecu.officer2');
  });
});
