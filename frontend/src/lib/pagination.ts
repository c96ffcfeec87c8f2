// Which page numbers a GOV.UK pagination shows: the first, the last, the current one and its
// neighbours, with an ellipsis for each gap.

export type PaginationItem = number | 'ellipsis';

export function paginationItems(current: number, last: number): PaginationItem[] {
  if (last <= 1) return [];
  const shown = [...new Set([1, current - 1, current, current + 1, last])]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  shown.forEach((n, i) => {
    const gap = i > 0 ? n - shown[i - 1] : 1;
    // A gap of one page is shown as that page, not as an ellipsis standing for it.
    if (gap === 2) items.push(n - 1);
    else if (gap > 2) items.push('ellipsis');
    items.push(n);
  });
  return items;
}

export const pageCount = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

/** e.g. "Showing 26 to 50 of 112 tasks"; pages count from 1. */
export function showingRange(page: number, size: number, total: number, noun = 'tasks'): string {
  if (total === 0) return `No ${noun}`;
  const from = (page - 1) * size + 1;
  const to = Math.min(page * size, total);
  return `Showing ${from.toLocaleString('en-GB')} to ${to.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} ${noun}`;
}
