// Statistics withhold a count of 1 to 4 people, and a rate worked out over 1 to 4 people, so that no
// one can be identified from them; the API sends either as null.

export const WITHHELD_NOTE =
  'To protect people from being identified, counts of 1 to 4 people are shown as ‘fewer than 5’.';

/** A count in words: "fewer than 5" when withheld. */
export const countText = (count: number | null): string => (count === null ? 'fewer than 5' : String(count));

/** A rate formatted, or "withheld". */
export const rateText = (rate: number | null, format: (rate: number) => string): string =>
  rate === null ? 'withheld' : format(rate);

const knownSum = (counts: (number | null)[]) => counts.reduce<number>((sum, count) => sum + (count ?? 0), 0);

/** The sum of counts, or null when any was withheld, as the sum is then not known exactly. */
export const exactTotal = (counts: (number | null)[]): number | null =>
  counts.includes(null) ? null : knownSum(counts);

/** The sum of counts in words; each withheld count is somewhere from 1 to 4, so with any withheld only a least sum is known. */
export function totalText(counts: (number | null)[]): string {
  const known = knownSum(counts);
  const withheld = counts.filter((count) => count === null).length;
  if (withheld === 0) return String(known);
  return known + 4 * withheld < 5 ? countText(null) : `at least ${known + withheld}`;
}
