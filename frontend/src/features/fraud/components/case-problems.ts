import type { ErrorItem } from '../../../components/error-summary';
import { ApiError, type FieldError } from '../../../lib/api-client';

/** Problems with a case form → summary items linking to their fields (a date links to its day box). */
export function caseErrorItems(problems: FieldError[], dateFields: string[] = []): ErrorItem[] {
  return problems.map(({ field, message }) => {
    const id = dateFields.includes(field) ? `${field}-day` : field;
    return { field: document.getElementById(id) ? id : undefined, message };
  });
}

/** What a failed save says: its field errors, or its message in words. */
export function saveProblems(e: unknown, dateFields: string[] = []): ErrorItem[] {
  if (e instanceof ApiError && e.fieldErrors.length > 0) return caseErrorItems(e.fieldErrors, dateFields);
  return [{ message: e instanceof ApiError ? e.message : 'This could not be saved; try again' }];
}
