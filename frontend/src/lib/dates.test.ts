import { describe, expect, it } from 'vitest';
import { dateProblem, formatDate, formatDateTime, monthBefore, todayIso, toIsoDate } from './dates';

describe('toIsoDate', () => {
  it('pads day and month into an ISO date', () => {
    expect(toIsoDate({ day: '3', month: '7', year: '2025' })).toBe('2025-07-03');
  });

  it('refuses a day that the month does not have', () => {
    expect(toIsoDate({ day: '30', month: '2', year: '2025' })).toBeNull();
  });

  it('refuses words and two-digit years', () => {
    expect(toIsoDate({ day: 'one', month: '2', year: '2025' })).toBeNull();
    expect(toIsoDate({ day: '1', month: '2', year: '25' })).toBeNull();
  });
});

describe('dateProblem', () => {
  const today = '2025-06-10';

  it('asks for a missing date', () => {
    expect(dateProblem({ day: '', month: ' ', year: '' }, 'the date of the outcome')).toBe(
      'Enter the date of the outcome',
    );
  });

  it('says when a date is not real', () => {
    expect(dateProblem({ day: '31', month: '4', year: '2025' }, 'the date of the outcome')).toMatch(
      /must be a real date/,
    );
  });

  it('refuses a future date only when asked to', () => {
    const tomorrow = { day: '11', month: '6', year: '2025' };
    expect(dateProblem(tomorrow, 'the date', { notInFuture: true, today })).toBe('The date cannot be in the future');
    expect(dateProblem(tomorrow, 'the date', { today })).toBeNull();
  });
});

describe('formatDate', () => {
  it('shows a calendar date as written and a dash for none', () => {
    expect(formatDate('2025-03-03')).toBe('3 Mar 2025');
    expect(formatDate(undefined)).toBe('—');
  });

  it('shows the day of a moment in England and Wales', () => {
    expect(formatDate('2026-06-30T23:30:00Z')).toBe('1 Jul 2026');
  });
});

describe('formatDateTime', () => {
  it('shows a moment on London clocks, summer or winter', () => {
    expect(formatDateTime('2026-06-30T23:30:00Z')).toBe('1 Jul 2026, 00:30');
    expect(formatDateTime('2026-12-31T23:30:00Z', 'long')).toBe('31 December 2026 at 23:30');
    expect(formatDateTime(null)).toBe('—');
  });
});

describe('todayIso and monthBefore', () => {
  it('count days in England and Wales, not on the computer running them', () => {
    expect(todayIso(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(monthBefore(new Date('2026-06-30T23:30:00Z'))).toBe('2026-06');
  });

  it('know last month across the new year', () => {
    expect(monthBefore(new Date('2026-01-15T12:00:00Z'))).toBe('2025-12');
    expect(monthBefore(new Date('2026-11-23T12:00:00Z'))).toBe('2026-10');
  });
});
