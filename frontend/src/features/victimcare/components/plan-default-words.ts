/** "Weekly", "Every 2 weeks", "Every 10 days": the default frequency as the unit says it (the server says the same). */
export function frequencyInWords(days: number): string {
  if (days === 1) return 'Daily';
  if (days === 7) return 'Weekly';
  if (days % 7 === 0) return `Every ${days / 7} weeks`;
  return `Every ${days} days`;
}

/** Checked before sending so the supervisor hears at once; the server checks the same ranges. */
export function wholeNumberProblem(text: string, what: string, min: number, max: number): string | null {
  const typed = text.trim();
  const said = what.charAt(0).toUpperCase() + what.slice(1);
  if (typed === '') return `Enter ${what}`;
  if (!/^-?\d{1,9}$/.test(typed)) return `${said} must be a whole number`;
  const n = Number(typed);
  if (n < min || n > max) return `${said} must be between ${min} and ${max}`;
  return null;
}
