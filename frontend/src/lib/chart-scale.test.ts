import { describe, expect, it } from 'vitest';
import { niceTop } from './chart-scale';

describe('niceTop', () => {
  it('rounds the tallest bar up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 2, 3, 7, 10, 11, 26, 140].map(niceTop)).toEqual([1, 1, 2, 5, 10, 10, 20, 50, 200]);
  });
});
