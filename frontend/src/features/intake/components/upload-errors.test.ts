import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { uploadErrors } from './upload-errors';

describe('uploadErrors', () => {
  it('puts the reason a file was refused on the file input', () => {
    const refusal = new ApiError(400, 'The file has no victim_name column', [
      { field: 'file', message: 'The file has no victim_name column' },
    ]);
    expect(uploadErrors(refusal)).toEqual([{ field: 'file', message: 'The file has no victim_name column' }]);
  });

  it('puts a 400 without field errors on the file input too', () => {
    expect(uploadErrors(new ApiError(400, 'The file is empty'))).toEqual([
      { field: 'file', message: 'The file is empty' },
    ]);
  });

  it('shows other refusals without a field', () => {
    expect(uploadErrors(new ApiError(403, 'You cannot do that'))).toEqual([
      { field: undefined, message: 'You cannot do that' },
    ]);
  });

  it('asks to try again when the upload did not reach the server', () => {
    expect(uploadErrors(new TypeError('Failed to fetch'))).toEqual([
      { field: 'file', message: 'The file could not be uploaded; try again' },
    ]);
  });
});
