import { describe, expect, it } from 'vitest';
import {
  caseEventAnswers,
  caseEventLoggedNotice,
  validateCaseEvent,
  validateEnhancedRights,
  validateNote,
} from './case-forms';

describe('validateEnhancedRights', () => {
  it('asks for the category and the reason', () => {
    expect(validateEnhancedRights({ category: '', reason: '  ' }).map((e) => e.field)).toEqual(['category', 'reason']);
    expect(validateEnhancedRights({ category: 'VULNERABLE', reason: 'Aged 78, lives alone' })).toEqual([]);
  });
});

describe('validateCaseEvent', () => {
  it('asks what happened and refuses a future date', () => {
    const errors = validateCaseEvent(
      { eventType: '', occurredOn: { day: '5', month: '5', year: '2030' }, occurredAt: '', details: '' },
      '2030-05-04',
    );
    expect(errors).toEqual([
      { field: 'eventType', message: 'Choose what happened' },
      { field: 'occurredOn', message: 'The date it happened cannot be in the future' },
    ]);
  });

  it('refuses a time that is not on the 24-hour clock, and takes a blank one', () => {
    const draft = { eventType: 'ARREST', occurredOn: { day: '4', month: '5', year: '2030' }, details: '' };
    expect(validateCaseEvent({ ...draft, occurredAt: '25:00' }, '2030-05-04')).toEqual([
      { field: 'occurredAt', message: 'Enter the time on the 24-hour clock, for example 14:30' },
    ]);
    expect(validateCaseEvent({ ...draft, occurredAt: ' ' }, '2030-05-04')).toEqual([]);
  });

  it('sends the event with an ISO date and no empty details', () => {
    expect(
      caseEventAnswers({
        eventType: 'ARREST',
        occurredOn: { day: '4', month: '5', year: '2030' },
        occurredAt: '',
        details: ' ',
      }),
    ).toEqual({
      eventType: 'ARREST',
      occurredOn: '2030-05-04',
      occurredAt: undefined,
      details: undefined,
    });
  });

  it('sends the time it happened as HH:mm', () => {
    expect(
      caseEventAnswers({
        eventType: 'CHARGE',
        occurredOn: { day: '4', month: '5', year: '2030' },
        occurredAt: '9.05',
        details: '',
      }).occurredAt,
    ).toBe('09:05');
  });
});

describe('validateNote', () => {
  it('asks for the note when there is nothing but spaces', () => {
    expect(validateNote('  \n ')).toEqual([{ field: 'note', message: 'Enter the note' }]);
  });

  it('refuses a note over 4,000 characters but takes one of exactly 4,000', () => {
    expect(validateNote('x'.repeat(4001))).toEqual([
      { field: 'note', message: 'The note must be 4,000 characters or fewer' },
    ]);
    expect(validateNote(` ${'x'.repeat(4000)} `)).toEqual([]);
  });
});

describe('caseEventLoggedNotice', () => {
  it('says the victim will be told of an arrest, and on a closed case that a supervisor will review it', () => {
    expect(caseEventLoggedNotice('ARREST', false)).toBe('Arrest logged; a task to tell the victim has been created');
    expect(caseEventLoggedNotice('ARREST', true)).toBe(
      'Arrest logged; a task to tell the victim has been created, and a supervisor will review whether to reopen the case',
    );
  });

  it('promises no victim update for new information, and no review for an interview', () => {
    expect(caseEventLoggedNotice('NEW_INFORMATION', false)).toBe('New information or evidence logged');
    expect(caseEventLoggedNotice('NEW_INFORMATION', true)).toBe(
      'New information or evidence logged; a supervisor will review whether to reopen the case',
    );
    expect(caseEventLoggedNotice('INTERVIEW_UNDER_CAUTION', true)).toBe(
      'Interview under caution logged; a task to tell the victim has been created',
    );
  });
});
