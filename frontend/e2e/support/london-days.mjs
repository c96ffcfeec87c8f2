/**
 * Days as the product counts them: in London, whatever the time zone of the machine running the tests.
 * A journey that says "today" must mean the server's today, also at half past midnight in summer time.
 */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** Today in London as { year, month, day } (month 1–12). */
export function londonToday(now = new Date()) {
  const values = Object.fromEntries(parts.formatToParts(now).map((part) => [part.type, part.value]));
  return { year: Number(values.year), month: Number(values.month), day: Number(values.day) };
}

/** A London day moved by whole days (a calendar day, not 24 hours: the clocks change). */
export function addDays({ year, month, day }, days) {
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** YYYY-MM-DD. */
export function isoDay({ year, month, day }) {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The month before the one this day is in, YYYY-MM. */
export function monthBefore({ year, month }) {
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
