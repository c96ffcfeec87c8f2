import { describe, expect, it } from 'vitest';
import {
  emptyFrequency,
  everyDays,
  frequencyAnswers,
  frequencyInWords,
  suggestedMethod,
  validateFrequency,
} from './update-frequency';

describe('the agreed update frequency', () => {
  it('suggests the preferred channel of the communication needs when updates can be given by it', () => {
    expect(suggestedMethod('EMAIL')).toBe('EMAIL');
    expect(suggestedMethod('TEXT')).toBe('');
    expect(emptyFrequency(null).method).toBe('');
    expect(emptyFrequency('VISIT').method).toBe('VISIT');
  });

  it('asks how often and how', () => {
    expect(validateFrequency(emptyFrequency())).toEqual([
      { field: 'updateEveryDays', message: 'Choose how often the victim wants to be updated' },
      { field: 'updateMethod', message: 'Choose how the victim wants to be updated' },
    ]);
  });

  it('takes another number of days from 1 to 90 only', () => {
    const other = (otherDays: string) => ({ every: 'OTHER' as const, otherDays, method: 'PHONE' });
    expect(everyDays(other(' 10 '))).toBe(10);
    for (const bad of ['0', '91', '2.5', 'ten', '']) {
      expect(validateFrequency(other(bad))).toEqual([
        { field: 'updateEveryDays', message: 'Enter a whole number of days from 1 to 90' },
      ]);
    }
    expect(validateFrequency(other('90'))).toEqual([]);
  });

  it('answers in days, as the server takes them', () => {
    expect(frequencyAnswers({ every: '14', otherDays: '', method: 'PHONE' })).toEqual({
      updateEveryDays: 14,
      updateMethod: 'PHONE',
    });
    expect(frequencyAnswers({ every: 'OTHER', otherDays: '5', method: 'LETTER' })).toEqual({
      updateEveryDays: 5,
      updateMethod: 'LETTER',
    });
  });

  it('says the frequency in words', () => {
    expect(frequencyInWords(14)).toBe('every 14 days (fortnightly)');
    expect(frequencyInWords(1)).toBe('every 1 day');
    expect(frequencyInWords(10)).toBe('every 10 days');
  });
});
