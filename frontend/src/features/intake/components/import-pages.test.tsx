import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import type { ImportJob } from '../api/imports';
import { getImport, getImportReport, getUploadLimit, listImports, uploadDisseminations } from '../api/imports';
import { ImportPage } from './import-page';
import { ImportStatusPage } from './import-status-page';

vi.mock('../api/imports', () => ({
  uploadDisseminations: vi.fn(),
  listImports: vi.fn(),
  getImport: vi.fn(),
  getImportReport: vi.fn(),
  getUploadLimit: vi.fn(),
  importReportCsvUrl: (id: string) => `/api/intake/imports/${id}/report.csv`,
}));

const session = vi.hoisted(() => ({ roles: [{ id: 'ECU_SUPERVISOR', label: 'ECU supervisor' }] }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({
    user: { username: 'ecu.supervisor', displayName: 'DS Claire Morgan', roles: session.roles, teams: [] },
  }),
}));

const running: ImportJob = {
  id: 'job-1',
  kind: 'DISSEMINATIONS',
  fileName: 'march.csv',
  fileSha256: 'abc',
  sizeBytes: 300,
  uploadedBy: 'ecu.supervisor',
  uploadedAt: '2026-03-01T10:00:00Z',
  status: 'RUNNING',
  totalRows: 3,
  errorRows: 1,
  goodRows: 2,
  goodRowsDone: 0,
  casesCreated: 0,
  duplicates: 0,
  flagged: 0,
  rowsDone: 1,
};

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/fraud/imports" element={<ImportPage />} />
        <Route path="/fraud/imports/:id" element={<ImportStatusPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  session.roles = [{ id: 'ECU_SUPERVISOR', label: 'ECU supervisor' }];
  vi.mocked(listImports).mockResolvedValue([]);
  vi.mocked(getUploadLimit).mockResolvedValue({ maxBytes: 25 * 1024 * 1024, megabytes: 25, refusal: 'Too large' });
});

afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('ImportPage', () => {
  it('asks for a file when none was chosen', async () => {
    renderAt('/fraud/imports');
    await userEvent.click(screen.getByRole('button', { name: 'Upload and import' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select a CSV file to import' })).toHaveAttribute('href', '#file');
    expect(uploadDisseminations).not.toHaveBeenCalled();
  });

  it('shows why the server refused the file, in the summary and at the file input', async () => {
    const reason = 'The file has no column victim_name (required: crime_reference, victim_name)';
    vi.mocked(uploadDisseminations).mockRejectedValue(new ApiError(400, reason, [{ field: 'file', message: reason }]));
    renderAt('/fraud/imports');

    const input = screen.getByLabelText('Dissemination file (CSV)');
    await userEvent.upload(input, new File(['crime_reference\nX'], 'bad.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Upload and import' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: reason })).toHaveAttribute('href', '#file');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(`Error: ${reason}`));
    expect(input).toHaveClass('govuk-file-upload--error');
  });

  it('shows the size limit at the file input when the server refuses a file as too large', async () => {
    const reason =
      'The file is larger than the 25 MB limit, so nothing was imported. Check this is the right file, ' +
      'or split it into files under 25 MB';
    vi.mocked(uploadDisseminations).mockRejectedValue(new ApiError(413, reason, [{ field: 'file', message: reason }]));
    renderAt('/fraud/imports');

    const input = screen.getByLabelText('Dissemination file (CSV)');
    await userEvent.upload(input, new File(['x'], 'huge.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Upload and import' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: reason })).toHaveAttribute('href', '#file');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(`Error: ${reason}`));
  });

  it("says the limit the server gives, and refuses a larger file without sending it, in the server's words", async () => {
    const reason = 'The file is larger than the 1 MB limit, so nothing was imported';
    vi.mocked(getUploadLimit).mockResolvedValue({ maxBytes: 1024 * 1024, megabytes: 1, refusal: reason });
    renderAt('/fraud/imports');

    const input = screen.getByLabelText('Dissemination file (CSV)');
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(expect.stringContaining('with a header row, up to 1 MB,')),
    );
    await userEvent.upload(input, new File([new Uint8Array(1024 * 1024 + 1)], 'big.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Upload and import' }));

    expect(within(await screen.findByRole('alert')).getByRole('link', { name: reason })).toHaveAttribute(
      'href',
      '#file',
    );
    expect(input).toHaveAccessibleDescription(expect.stringContaining(`Error: ${reason}`));
    expect(uploadDisseminations).not.toHaveBeenCalled();
  });

  it('leaves the size out of the hint when the limit cannot be loaded, and still uploads', async () => {
    vi.mocked(getUploadLimit).mockRejectedValue(new ApiError(503, 'The database is unavailable'));
    vi.mocked(uploadDisseminations).mockResolvedValue(running);
    vi.mocked(getImport).mockResolvedValue(running);
    renderAt('/fraud/imports');

    const input = screen.getByLabelText('Dissemination file (CSV)');
    await waitFor(() => expect(getUploadLimit).toHaveBeenCalled());
    expect(input).toHaveAccessibleDescription(expect.stringContaining('A CSV file with a header row, saved as'));
    await userEvent.upload(input, new File(['x'], 'march.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Upload and import' }));
    expect(await screen.findByRole('heading', { name: 'march.csv' })).toBeInTheDocument();
  });

  it('passes on the server asking to try again when it is busy, and lets the user upload again', async () => {
    const reason =
      'Too many files are being uploaded at once. Nothing from this file was imported; upload it again in a minute';
    vi.mocked(uploadDisseminations).mockRejectedValueOnce(new ApiError(503, reason)).mockResolvedValue(running);
    vi.mocked(getImport).mockResolvedValue(running);
    renderAt('/fraud/imports');

    await userEvent.upload(screen.getByLabelText('Dissemination file (CSV)'), new File(['x'], 'march.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Upload and import' }));

    expect(within(await screen.findByRole('alert')).getByText(reason)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload and import' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Upload and import' }));
    expect(await screen.findByRole('heading', { name: 'march.csv' })).toBeInTheDocument();
  });

  it('goes to the status page once the file is accepted', async () => {
    vi.mocked(uploadDisseminations).mockResolvedValue(running);
    vi.mocked(getImport).mockResolvedValue(running);
    renderAt('/fraud/imports');

    await userEvent.upload(screen.getByLabelText('Dissemination file (CSV)'), new File(['x'], 'march.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Upload and import' }));

    expect(await screen.findByRole('heading', { name: 'march.csv' })).toBeInTheDocument();
  });

  it('lists recent imports with links to their status pages', async () => {
    vi.mocked(listImports).mockResolvedValue([{ ...running, status: 'COMPLETED', casesCreated: 2 }]);
    renderAt('/fraud/imports');

    const table = await screen.findByTestId('recent-imports');
    expect(await within(table).findByRole('link', { name: 'march.csv' })).toHaveAttribute(
      'href',
      '/fraud/imports/job-1',
    );
    expect(within(table).getByText('Complete')).toBeInTheDocument();
  });

  it('tells other roles they cannot import', () => {
    session.roles = [{ id: 'LOCAL_INVESTIGATOR', label: 'Local investigator' }];
    renderAt('/fraud/imports');

    expect(screen.getByRole('heading', { name: 'You cannot import disseminations' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Dissemination file (CSV)')).not.toBeInTheDocument();
    expect(listImports).not.toHaveBeenCalled();
  });
});

describe('ImportStatusPage', () => {
  it('shows progress while the import runs, then the summary and the report', async () => {
    vi.mocked(getImport)
      .mockResolvedValueOnce(running)
      .mockResolvedValue({ ...running, status: 'COMPLETED', goodRowsDone: 2, rowsDone: 3, casesCreated: 2 });
    vi.mocked(getImportReport).mockResolvedValue([
      { kind: 'ERROR', line: 3, columnName: 'reported_date', value: '31/02/2024', reason: 'is not a date' },
    ]);
    renderAt('/fraud/imports/job-1');

    expect(await screen.findByRole('status')).toHaveTextContent('1 of 3 rows done');
    expect(screen.getByLabelText('Rows done')).toHaveAttribute('value', '1');

    expect(
      await screen.findByText('Import complete: 2 cases created and 1 row refused.', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Rows done')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('import-summary')).getByText('Rows refused').nextSibling).toHaveTextContent('1');
    const row = within(await screen.findByTestId('import-report')).getByRole('row', { name: /31\/02\/2024/ });
    expect(row).toHaveTextContent('3Refusedreported_date31/02/2024is not a date');
    expect(screen.getByRole('link', { name: 'Download the report (CSV)' })).toHaveAttribute(
      'href',
      '/api/intake/imports/job-1/report.csv',
    );
    expect(getImport).toHaveBeenCalledTimes(2);
  });

  it('says when a file saved by Excel was read as Windows-1252', async () => {
    vi.mocked(getImport).mockResolvedValue({ ...running, status: 'COMPLETED', encoding: 'WINDOWS-1252' });
    vi.mocked(getImportReport).mockResolvedValue([]);
    renderAt('/fraud/imports/job-1');

    const readAs = await screen.findByText('Read as');
    expect(readAs.nextSibling).toHaveTextContent(
      'Windows-1252, as Excel saves "CSV (Comma delimited)": £ signs and accented letters kept',
    );
  });

  it('says so when there is no such import, and stops asking', async () => {
    vi.mocked(getImport).mockRejectedValue(new ApiError(404, 'There is no such import'));
    renderAt('/fraud/imports/nope');

    expect(await screen.findByText('There is no such import')).toBeInTheDocument();
    expect(getImport).toHaveBeenCalledTimes(1);
  });
});
