import { describe, expect, it } from 'vitest';
import { countText, exactTotal, rateText, totalText } from './withheld-counts';

describe('countText and rateText', () => {
  it('give a withheld count as fewer than 5 and a withheld rate as withheld', () => {
    expect(countText(null)).toBe('fewer than 5');
    expect(countText(0)).toBe('0');
    expect(countText(12)).toBe('12');
    expect(rateText(null, (r) => r.toFixed(2))).toBe('withheld');
    expect(rateText(0.5, (r) => r.toFixed(2))).toBe('0.50');
  });
});

describe('exactTotal and totalText', () => {
  it('add up counts none of which was withheld', () => {
    expect(exactTotal([3, 0, 7])).toBe(10);
    expect(totalText([3, 0, 7])).toBe('10');
    expect(totalText([])).toBe('0');
  });

  it('give only the least a sum can be once a count in it was withheld', () => {
    expect(exactTotal([10, null])).toBeNull();
    expect(totalText([10, null])).toBe('at least 11');
    expect(totalText([null, null, 0])).toBe('at least 2');
  });

  it('keep a sum that cannot reach 5 withheld', () => {
    expect(totalText([null, 0])).toBe('fewer than 5');
  });
});
