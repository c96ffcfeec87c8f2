import { describe, expect, it } from 'vitest';
import { allSelected, noSelection, selectionReducer, type Selection, type SelectionAction } from './task-selection';

const run = (...actions: SelectionAction[]) => actions.reduce<Selection>(selectionReducer, noSelection);

describe('selectionReducer', () => {
  it('ticks and unticks one task at a time', () => {
    expect(run({ type: 'toggle', id: 'a' }, { type: 'toggle', id: 'b' })).toEqual(['a', 'b']);
    expect(run({ type: 'toggle', id: 'a' }, { type: 'toggle', id: 'b' }, { type: 'toggle', id: 'a' })).toEqual(['b']);
  });

  it('selects all on the page without doubling those already ticked, and unselects them all', () => {
    const all = run({ type: 'toggle', id: 'b' }, { type: 'page', ids: ['a', 'b', 'c'], selected: true });
    expect(all).toEqual(['b', 'a', 'c']);
    expect(selectionReducer(all, { type: 'page', ids: ['a', 'b', 'c'], selected: false })).toEqual([]);
  });

  it('forgets tasks no longer on the page when it is fetched again', () => {
    const before = run({ type: 'page', ids: ['a', 'b', 'c'], selected: true });
    expect(selectionReducer(before, { type: 'shown', ids: ['a', 'c', 'd'] })).toEqual(['a', 'c']);
  });

  it('keeps the same selection object when nothing changes, so nothing re-renders', () => {
    const before = run({ type: 'toggle', id: 'a' });
    expect(selectionReducer(before, { type: 'shown', ids: ['a', 'b'] })).toBe(before);
    expect(selectionReducer(noSelection, { type: 'clear' })).toBe(noSelection);
  });

  it('clears everything', () => {
    expect(run({ type: 'toggle', id: 'a' }, { type: 'clear' })).toEqual([]);
  });
});

describe('allSelected', () => {
  it('is true only when every task on a non-empty page is ticked', () => {
    expect(allSelected(['a', 'b', 'x'], ['a', 'b'])).toBe(true);
    expect(allSelected(['a'], ['a', 'b'])).toBe(false);
    expect(allSelected([], [])).toBe(false);
  });
});
