import { describe, expect, it } from 'vitest';
import { pageCount, paginationItems, showingRange } from './pagination';

describe('paginationItems', () => {
  it('shows no pagination for a single page', () => {
    expect(paginationItems(1, 1)).toEqual([]);
  });

  it('shows every page when there are few', () => {
    expect(paginationItems(1, 3)).toEqual([1, 2, 3]);
    expect(paginationItems(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last, the current page and its neighbours with ellipses between', () => {
    expect(paginationItems(10, 20)).toEqual([1, 'ellipsis', 9, 10, 11, 'ellipsis', 20]);
    expect(paginationItems(1, 20)).toEqual([1, 2, 'ellipsis', 20]);
    expect(paginationItems(20, 20)).toEqual([1, 'ellipsis', 19, 20]);
  });

  it('shows a single missing page as itself rather than an ellipsis', () => {
    expect(paginationItems(4, 20)).toEqual([1, 2, 3, 4, 5, 'ellipsis', 20]);
  });
});

describe('pageCount and showingRange', () => {
  it('count at least one page and say which tasks the page holds', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(51, 25)).toBe(3);
    expect(showingRange(2, 25, 112)).toBe('Showing 26 to 50 of 112 tasks');
    expect(showingRange(5, 25, 112)).toBe('Showing 101 to 112 of 112 tasks');
    expect(showingRange(1, 25, 0)).toBe('No tasks');
  });
});
