/** The change as the board papers show it: "+3 (+42.9%)"; no percentage for a rise from nothing. */
export function changeWords(change: number, changePercent?: number | null): string {
  const sign = (n: number) => (n > 0 ? '+' : '');
  const count = `${sign(change)}${change}`;
  return changePercent == null ? count : `${count} (${sign(changePercent)}${changePercent}%)`;
}

/** Pounds to the penny; an unknown figure is "not recorded", never £0. */
export function money(value?: number | null): string {
  if (value == null) return 'not recorded';
  return value.toLocaleString('en-GB', { style: 'currency', currency: 'GBP' });
}

export function percent(value?: number | null): string {
  return value == null ? 'not recorded' : `${value}%`;
}
