import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import type { ImportJob } from '../api/imports';
import {
  getImport,
  getImportReport,
  getUploadLimit,
  listImports,
  uploadDisseminations,
  uploadVictimList,
} from '../api/imports';
import { VictimListImportPage, VictimListStatusPage } from './victim-list-pages';

vi.mock('../api/imports', () => ({
  uploadDisseminations: vi.fn(),
  uploadVictimList: vi.fn(),
  listImports: vi.fn(),
  getImport: vi.fn(),
  getImportReport: vi.fn(),
  getUploadLimit: vi.fn(),
  importReportCsvUrl: (id: string) => `/api/intake/imports/${id}/report.csv`,
}));

const session = vi.hoisted(() => ({ roles: [{ id: 'VICTIM_CARE_OFFICER', label: 'Victim care officer' }] }));
vi.mock('../../../lib/session-context', () => ({
  useSession: () => ({ user: { username: 'victim.care', displayName: 'Jo Bennett', roles: session.roles, teams: [] } }),
}));

const running: ImportJob = {
  id: 'job-7',
  kind: 'VICTIM_LIST',
  fileName: 'week-47.csv',
  fileSha256: 'abc',
  sizeBytes: 900,
  uploadedBy: 'victim.care',
  uploadedAt: '2026-11-16T09:00:00Z',
  status: 'RUNNING',
  totalRows: 10,
  errorRows: 1,
  goodRows: 9,
  goodRowsDone: 3,
  casesCreated: 0,
  duplicates: 0,
  flagged: 0,
  rowsDone: 4,
  referred: 1,
  screenedOut: 2,
  repeatVictims: 0,
};

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/victim-care/imports" element={<VictimListImportPage />} />
        <Route path="/victim-care/imports/:id" element={<VictimListStatusPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  session.roles = [{ id: 'VICTIM_CARE_OFFICER', label: 'Victim care officer' }];
  vi.mocked(listImports).mockResolvedValue([]);
  vi.mocked(getUploadLimit).mockResolvedValue({ maxBytes: 25 * 1024 * 1024, megabytes: 25, refusal: 'Too large' });
});

afterEach(() => {
  vi.resetAllMocks();
});

describe('VictimListImportPage', () => {
  it('names the victim list’s required columns and lists recent victim list imports only', async () => {
    vi.mocked(listImports).mockResolvedValue([{ ...running, status: 'COMPLETED', referred: 3 }]);
    renderAt('/victim-care/imports');

    expect(screen.getByRole('heading', { name: 'Import a weekly victim list' })).toBeInTheDocument();
    expect(screen.getByLabelText('Victim list (CSV)')).toHaveAccessibleDescription(
      expect.stringContaining('crime_reference, reported_date, nfib_code, victim_forename, victim_surname'),
    );
    const table = await screen.findByTestId('recent-imports');
    expect(await within(table).findByRole('link', { name: 'week-47.csv' })).toHaveAttribute(
      'href',
      '/victim-care/imports/job-7',
    );
    expect(within(table).getByRole('columnheader', { name: 'Referred' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /week-47.csv/ })).toHaveTextContent(/Complete3$/);
    expect(listImports).toHaveBeenCalledWith('VICTIM_LIST');
  });

  it('shows why the server refused the file, in the summary and at the file input', async () => {
    const reason = 'The file has no column victim_surname';
    vi.mocked(uploadVictimList).mockRejectedValue(new ApiError(400, reason, [{ field: 'file', message: reason }]));
    const user = userEvent.setup();
    renderAt('/victim-care/imports');

    const input = screen.getByLabelText('Victim list (CSV)');
    await user.upload(input, new File(['crime_reference\nX'], 'bad.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Upload and import' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: reason })).toHaveAttribute('href', '#file');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(`Error: ${reason}`));
  });

  it('says how large and in what encodings a list may be, and shows the size limit when a file is too large', async () => {
    const reason =
      'The file is larger than the 25 MB limit, so nothing was imported. Check this is the right file, ' +
      'or split it into files under 25 MB';
    vi.mocked(uploadVictimList).mockRejectedValue(new ApiError(413, reason, [{ field: 'file', message: reason }]));
    const user = userEvent.setup();
    renderAt('/victim-care/imports');

    const input = screen.getByLabelText('Victim list (CSV)');
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        expect.stringContaining('up to 25 MB, saved as “CSV UTF-8” or Excel’s “CSV (Comma delimited)”'),
      ),
    );
    await user.upload(input, new File(['x'], 'huge.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Upload and import' }));

    expect(within(await screen.findByRole('alert')).getByRole('link', { name: reason })).toHaveAttribute(
      'href',
      '#file',
    );
    expect(input).toHaveAccessibleDescription(expect.stringContaining(`Error: ${reason}`));
  });

  it('uploads as a victim list, not as disseminations, and follows the import', async () => {
    vi.mocked(uploadVictimList).mockResolvedValue(running);
    vi.mocked(getImport).mockResolvedValue(running);
    const user = userEvent.setup();
    renderAt('/victim-care/imports');

    await user.upload(screen.getByLabelText('Victim list (CSV)'), new File(['x'], 'week-47.csv'));
    await user.keyboard('{Tab}{Enter}');

    expect(await screen.findByRole('heading', { name: 'week-47.csv' })).toBeInTheDocument();
    expect(screen.getByText('Victim list import')).toBeInTheDocument();
    expect(uploadVictimList).toHaveBeenCalled();
    expect(uploadDisseminations).not.toHaveBeenCalled();
  });

  it('tells an ECU officer they cannot import victim lists', () => {
    session.roles = [{ id: 'ECU_OFFICER', label: 'ECU officer' }];
    renderAt('/victim-care/imports');

    expect(screen.getByRole('heading', { name: 'You cannot import victim lists' })).toBeInTheDocument();
    expect(listImports).not.toHaveBeenCalled();
  });
});

describe('VictimListStatusPage', () => {
  it('shows progress, then who was referred, screened out and seen before, and the report by line', async () => {
    vi.mocked(getImport)
      .mockResolvedValueOnce(running)
      .mockResolvedValue({
        ...running,
        status: 'COMPLETED',
        rowsDone: 10,
        referred: 3,
        screenedOut: 5,
        repeatVictims: 1,
        duplicates: 1,
      });
    vi.mocked(getImportReport).mockResolvedValue([
      { kind: 'ERROR', line: 4, columnName: 'victim_date_of_birth', value: '31/02/1950', reason: 'is not a date' },
      {
        kind: 'DUPLICATE',
        line: 6,
        columnName: null,
        value: 'NFRC26110001',
        reason: 'Already on the list of 9 Nov 2026',
      },
      {
        kind: 'REPEAT_VICTIM',
        line: 8,
        columnName: null,
        value: 'Margaret Okafor',
        reason: 'Seen before on NFRC26010009',
      },
      {
        kind: 'FLAGGED',
        line: 9,
        columnName: 'nfib_code',
        value: 'NFIB4Z',
        reason: 'NFIB code NFIB4Z is not on the code list; screened on age, NDM score and repeat victim',
      },
    ]);
    renderAt('/victim-care/imports/job-7');

    expect(await screen.findByRole('status')).toHaveTextContent('4 of 10 rows done');
    expect(
      await screen.findByText(
        'Import complete: 3 victims referred, 5 screened out, 1 repeat victim, 1 duplicate already on an earlier list and 1 row refused.',
        {},
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();
    const summary = screen.getByTestId('import-summary');
    expect(within(summary).getByText('Referred').nextSibling).toHaveTextContent('3');
    expect(within(summary).getByText('Screened out').nextSibling).toHaveTextContent('5');
    expect(within(summary).getByText('Repeat victims').nextSibling).toHaveTextContent('1');
    const report = await screen.findByTestId('import-report');
    expect(within(report).getByRole('row', { name: /31\/02\/1950/ })).toHaveTextContent(
      '4Refusedvictim_date_of_birth31/02/1950is not a date',
    );
    expect(within(report).getByRole('row', { name: /Margaret Okafor/ })).toHaveTextContent('8Repeat victim');
    expect(within(report).getByRole('row', { name: /NFIB4Z/ })).toHaveTextContent('9Flagged for reviewnfib_code');
    expect(screen.getByTestId('unknown-nfib-codes')).toHaveTextContent('Unknown NFIB codes: NFIB4Z (1 row)');
    expect(screen.getByRole('link', { name: 'Import another file' })).toHaveAttribute('href', '/victim-care/imports');
  });
});
