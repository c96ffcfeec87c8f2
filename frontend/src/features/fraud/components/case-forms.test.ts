import { describe, expect, it } from 'vitest';
import { caseEventAnswers, validateCaseEvent, validateEnhancedRights } from './case-forms';

describe('validateEnhancedRights', () => {
  it('asks for the category and the reason', () => {
    expect(validateEnhancedRights({ category: '', reason: '  ' }).map((e) => e.field)).toEqual(['category', 'reason']);
    expect(validateEnhancedRights({ category: 'VULNERABLE', reason: 'Aged 78, lives alone' })).toEqual([]);
  });
});

describe('validateCaseEvent', () => {
  it('asks what happened and refuses a future date', () => {
    const errors = validateCaseEvent({ eventType: '', occurredOn: { day: '5', month: '5', year: '2030' }, details: '' }, '2030-05-04');
    expect(errors).toEqual([
      { field: 'eventType', message: 'Choose what happened' },
      { field: 'occurredOn', message: 'The date it happened cannot be in the future' },
    ]);
  });

  it('sends the event with an ISO date and no empty details', () => {
    expect(caseEventAnswers({ eventType: 'ARREST', occurredOn: { day: '4', month: '5', year: '2030' }, details: ' ' })).toEqual({
      eventType: 'ARREST',
      occurredOn: '2030-05-04',
      details: undefined,
    });
  });
});
