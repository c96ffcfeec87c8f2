import { describe, expect, it } from 'vitest';
import { monthName, returnStatusTag, validateReturnMonth } from './outcome-return-words';

describe('validateReturnMonth', () => {
  it('asks for a month written YYYY-MM', () => {
    expect(validateReturnMonth(' ')).toEqual([{ field: 'month', message: 'Enter the month of the return' }]);
    expect(validateReturnMonth('10/2026')).toEqual([
      { field: 'month', message: 'Give the month as YYYY-MM, for example 2026-10' },
    ]);
    expect(validateReturnMonth('2026-13')).toHaveLength(1);
    expect(validateReturnMonth(' 2026-10 ')).toEqual([]);
  });
});

describe('outcome return words', () => {
  it('names months and statuses', () => {
    expect(monthName('2026-10-01')).toBe('October 2026');
    expect(monthName('2026-01')).toBe('January 2026');
    expect(returnStatusTag('BUILT').text).toBe('Built');
    expect(returnStatusTag('SUBMITTED').className).toContain('govuk-tag--green');
  });
});
