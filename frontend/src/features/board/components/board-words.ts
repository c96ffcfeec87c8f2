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

const AGE_BANDS: Record<string, string> = {
  '0-20': 'Victims aged 20 and under',
  '81+': 'Victims aged 81 and over',
  NOT_RECORDED: 'Individuals, age not recorded',
  ORGANISATION: 'Organisations',
};

/**
 * A drill-down's figure in words, e.g. "Average loss: individuals"; {@code name} is the campaign's for an
 * intensification period, whose key is only its id.
 */
export function figureWords(figure: string, name?: string | null): string {
  const [kind, key = ''] = figure.split(':', 2);
  switch (kind) {
    case 'FRAUD_TYPE':
      return `Fraud reports of type ${key}`;
    case 'AGE_BAND':
      return AGE_BANDS[key] ?? `Victims aged ${key.replace('-', '–')}`;
    case 'NFIB90':
      return key === 'NFIB90' ? 'NFIB 90 reports not yet recategorised' : `NFIB 90 reports recategorised to ${key}`;
    case 'AVERAGE_LOSS':
      return `Average loss: ${key === 'ORGANISATION' ? 'organisations' : 'individuals'}`;
    case 'INTENSIFICATION':
      return name ? `Intensification period: ${name}` : 'Intensification period';
    case 'COURIER_FRAUD':
      return 'Courier fraud';
    case 'POSITIVE_OUTCOMES':
      return 'Positive outcomes';
    default:
      return 'Crimes reported';
  }
}
