import type { ErrorItem } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-client';

/** The file input's id and the multipart field the API reads. */
export const FILE_FIELD = 'file';

/** The server's refusal as messages for the summary; anything about the file belongs to the file input. */
export function uploadErrors(error: unknown): ErrorItem[] {
  if (!(error instanceof ApiError))
    return [{ field: FILE_FIELD, message: 'The file could not be uploaded; try again' }];
  if (error.fieldErrors.length > 0) {
    return error.fieldErrors.map((e) => ({
      field: e.field === FILE_FIELD ? FILE_FIELD : undefined,
      message: e.message,
    }));
  }
  return [{ field: error.status === 400 ? FILE_FIELD : undefined, message: error.message }];
}
