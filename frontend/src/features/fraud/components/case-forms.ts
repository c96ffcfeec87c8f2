// Checks made before recording enhanced rights, logging an event or adding a note on a case; the server still decides.
import type { FieldError } from '../../../lib/api-client';
import { dateProblem, toIsoDate, type DateParts } from '../../../lib/dates';
import {
  NOTE_MAX_LENGTH,
  type CaseEvent,
  type CaseEventType,
  type EnhancedRights,
  type EnhancedRightsCategory,
} from '../api/fraud-cases';
import { EVENT_TYPE_LABELS } from './case-labels';

export interface EnhancedRightsDraft {
  category: string;
  reason: string;
}

export function validateEnhancedRights({ category, reason }: EnhancedRightsDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!category) errors.push({ field: 'category', message: 'Choose the category' });
  if (!reason.trim()) errors.push({ field: 'reason', message: 'Say why the victim qualifies' });
  return errors;
}

export const enhancedRightsAnswers = ({ category, reason }: EnhancedRightsDraft): EnhancedRights => ({
  category: category as EnhancedRightsCategory,
  reason: reason.trim(),
});

export interface CaseEventDraft {
  eventType: string;
  occurredOn: DateParts;
  /** HH:mm on the 24-hour clock; blank when not known (the server takes the start of the day). */
  occurredAt: string;
  details: string;
}

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** "9:05" or "09.05" → "09:05"; undefined when blank or not a time. */
export function toIsoTime(text: string): string | undefined {
  const match = TIME.exec(text.trim());
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : undefined;
}

export function validateCaseEvent(draft: CaseEventDraft, today?: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.eventType) errors.push({ field: 'eventType', message: 'Choose what happened' });
  const date = dateProblem(draft.occurredOn, 'the date it happened', { notInFuture: true, today });
  if (date) errors.push({ field: 'occurredOn', message: date });
  if (draft.occurredAt.trim() && !toIsoTime(draft.occurredAt)) {
    errors.push({ field: 'occurredAt', message: 'Enter the time on the 24-hour clock, for example 14:30' });
  }
  return errors;
}

export const caseEventAnswers = (draft: CaseEventDraft): CaseEvent => ({
  eventType: draft.eventType as CaseEventType,
  occurredOn: toIsoDate(draft.occurredOn) ?? '',
  occurredAt: toIsoTime(draft.occurredAt),
  details: draft.details.trim() || undefined,
});

/** Events that may mean a filed or finalised case should be worked again: a supervisor reviews them. */
const NEEDS_REVIEW: CaseEventType[] = ['ARREST', 'CHARGE', 'NEW_INFORMATION'];

/** What logging an event set in motion, in the words of the confirmation banner. */
export function caseEventLoggedNotice(eventType: CaseEventType, closed: boolean): string {
  const steps: string[] = [];
  if (eventType !== 'NEW_INFORMATION') steps.push('a task to tell the victim has been created');
  if (closed && NEEDS_REVIEW.includes(eventType)) steps.push('a supervisor will review whether to reopen the case');
  const logged = `${EVENT_TYPE_LABELS[eventType]} logged`;
  return steps.length === 0 ? logged : `${logged}; ${steps.join(', and ')}`;
}

/** A note must say something and fit in 4,000 characters (counted as the server counts them, after trimming). */
export function validateNote(text: string): FieldError[] {
  const note = text.trim();
  if (!note) return [{ field: 'note', message: 'Enter the note' }];
  if (note.length > NOTE_MAX_LENGTH) return [{ field: 'note', message: 'The note must be 4,000 characters or fewer' }];
  return [];
}
