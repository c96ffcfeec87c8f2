// The victim's agreed update frequency (Right 6): what the questions hold, their checks and their answers.
import type { FieldError } from '../../../lib/api-client';

export const FREQUENCY_CHOICES = [
  { value: '7', label: 'Weekly' },
  { value: '14', label: 'Fortnightly' },
  { value: '28', label: 'Every 4 weeks (monthly, 28 days)' },
  { value: 'OTHER', label: 'Another number of days' },
];

export const UPDATE_METHODS = [
  { value: 'PHONE', label: 'Phone' },
  { value: 'EMAIL', label: 'Email' },
  { value: 'LETTER', label: 'Letter' },
  { value: 'VISIT', label: 'Visit' },
];

/** Only when telling the victim who their officer is: an explicit answer, and a frequency can be agreed later. */
export const DECLINED_CHOICE = {
  value: 'DECLINED',
  label: 'The victim does not want regular updates (they are still told of case events and decisions)',
};

export const MAX_DAYS = 90;

export interface FrequencyDraft {
  every: '' | '7' | '14' | '28' | 'OTHER' | 'DECLINED';
  otherDays: string;
  method: string;
}

/** The method the victim's communication needs prefer, when it is one updates can be given by (not text). */
export function suggestedMethod(preferredChannel?: string | null): string {
  return UPDATE_METHODS.some((m) => m.value === preferredChannel) ? (preferredChannel as string) : '';
}

export const emptyFrequency = (preferredChannel?: string | null): FrequencyDraft => ({
  every: '',
  otherDays: '',
  method: suggestedMethod(preferredChannel),
});

/** The number of days between updates, or null when not a whole number from 1 to 90. */
export function everyDays(draft: FrequencyDraft): number | null {
  const text = draft.every === 'OTHER' ? draft.otherDays.trim() : draft.every;
  if (!/^\d+$/.test(text)) return null;
  const days = Number(text);
  return days >= 1 && days <= MAX_DAYS ? days : null;
}

/** Problems keyed as the server names them: updateEveryDays (the other-days box links to it), updateMethod. */
export function validateFrequency(draft: FrequencyDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (draft.every === 'DECLINED') return errors;
  if (!draft.every) {
    errors.push({ field: 'updateEveryDays', message: 'Choose how often the victim wants to be updated' });
  } else if (everyDays(draft) === null) {
    errors.push({ field: 'updateEveryDays', message: 'Enter a whole number of days from 1 to 90' });
  }
  if (!draft.method) errors.push({ field: 'updateMethod', message: 'Choose how the victim wants to be updated' });
  return errors;
}

export const frequencyAnswers = (draft: FrequencyDraft) =>
  draft.every === 'DECLINED'
    ? { regularUpdatesDeclined: true }
    : { updateEveryDays: everyDays(draft) ?? undefined, updateMethod: draft.method || undefined };

/** "every 14 days (fortnightly)" as the case page says it. */
export function frequencyInWords(days: number): string {
  const named: Record<number, string> = { 7: ' (weekly)', 14: ' (fortnightly)', 28: ' (every 4 weeks)' };
  return `every ${days} ${days === 1 ? 'day' : 'days'}${named[days] ?? ''}`;
}
