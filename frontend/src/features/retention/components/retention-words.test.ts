import { describe, expect, it } from 'vitest';
import { dueByAnswer, erasurePath, reviewPeriod, validateErasure } from './retention-words';

describe('validateErasure', () => {
  it('asks for the reason, linking to the field, when it is missing or blank', () => {
    const expected = [{ field: 'justification', message: 'Give the reason for erasing this personal data' }];
    expect(validateErasure('')).toEqual(expected);
    expect(validateErasure('   \n ')).toEqual(expected);
  });

  it('refuses a reason longer than the server keeps', () => {
    expect(validateErasure('x'.repeat(2001))).toEqual([
      { field: 'justification', message: 'The reason must be 2000 characters or fewer' },
    ]);
  });

  it('accepts a reason', () => {
    expect(validateErasure('Six-year review: no further policing purpose')).toEqual([]);
  });
});

describe('dueByAnswer', () => {
  it('means today when left empty', () => {
    expect(dueByAnswer({ day: '', month: '', year: '' })).toEqual({ errors: [] });
  });

  it('turns a real date into ISO and says what is wrong with one that is not', () => {
    expect(dueByAnswer({ day: '1', month: '4', year: '2031' })).toEqual({ iso: '2031-04-01', errors: [] });
    expect(dueByAnswer({ day: '31', month: '4', year: '2031' }).errors).toEqual([
      { field: 'dueBy-day', message: 'The date records are due for review by must be a real date, like 27 3 2025' },
    ]);
  });
});

describe('reviewPeriod', () => {
  it('speaks in years when it can', () => {
    expect(reviewPeriod(72)).toBe('6 years');
    expect(reviewPeriod(12)).toBe('1 year');
    expect(reviewPeriod(18)).toBe('18 months');
  });
});

describe('erasurePath', () => {
  it('keeps references with slashes in the query string', () => {
    expect(erasurePath('crime', 'NFRC/24/1')).toBe('/admin/retention/erase?recordType=crime&recordId=NFRC%2F24%2F1');
  });
});
