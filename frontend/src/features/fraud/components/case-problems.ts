import type { ErrorItem } from '../../../components/error-summary';
import { ApiError, type FieldError } from '../../../lib/api-client';

/**
 * Problems with a case form → summary items linking to their fields (a date links to its day box). A form whose
 * answer names another form on the case page also has (`reason`) gives its fields' ids a `prefix`, so that each
 * label, and each summary link, reaches its own field.
 */
export function caseErrorItems(problems: FieldError[], dateFields: string[] = [], prefix = ''): ErrorItem[] {
  return problems.map(({ field, message }) => {
    const id = prefix + (dateFields.includes(field) ? `${field}-day` : field);
    return { field: document.getElementById(id) ? id : undefined, message };
  });
}

/** What a failed save says: its field errors, or its message in words. */
export function saveProblems(e: unknown, dateFields: string[] = [], prefix = ''): ErrorItem[] {
  if (e instanceof ApiError && e.fieldErrors.length > 0) return caseErrorItems(e.fieldErrors, dateFields, prefix);
  return [{ message: e instanceof ApiError ? e.message : 'This could not be saved; try again' }];
}
