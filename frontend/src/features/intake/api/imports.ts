import { api } from '../../../lib/api-client';

export type ImportStatus = 'RUNNING' | 'COMPLETED' | 'REJECTED' | 'FAILED';

/** An import as its uploader follows it: status, progress (rows done of total) and the summary. */
export interface ImportJob {
  id: string;
  kind: string;
  fileName: string;
  fileSha256: string;
  sizeBytes: number;
  uploadedBy: string;
  uploadedAt: string;
  status: ImportStatus;
  fileError?: string | null;
  totalRows: number;
  errorRows: number;
  goodRows: number;
  goodRowsDone: number;
  casesCreated: number;
  duplicates: number;
  flagged: number;
  finishedAt?: string | null;
  rowsDone: number;
  /** victim lists only: victims referred to the ECVCU */
  referred?: number;
  /** victim lists only: victims screened out (counted in the statistics, not lost) */
  screenedOut?: number;
  /** victim lists only: people already known from an earlier crime */
  repeatVictims?: number;
  /** what the file was read as; absent when the file was refused as a whole */
  encoding?: TextEncoding | null;
}

/** UTF-8, or Windows-1252 as Excel on Windows saves "CSV (Comma delimited)". */
export type TextEncoding = 'UTF-8' | 'WINDOWS-1252';

/** What kind of file an import read; each kind is seen only by the roles that import it. */
export type ImportKind = 'DISSEMINATIONS' | 'VICTIM_LIST';

export type ImportReportKind = 'ERROR' | 'DUPLICATE' | 'FLAGGED' | 'REPEAT_VICTIM';

/**
 * One line of an import report: a refused row, a duplicate of a known crime (or of a victim already
 * listed on that crime), or a row flagged for review (e.g. a repeat victim).
 */
export interface ImportReportEntry {
  kind: ImportReportKind;
  line: number;
  columnName?: string | null;
  value?: string | null;
  reason: string;
}

/**
 * 202 with the import to follow; an ApiError when the file is refused: 400 (not CSV text, a column
 * missing…) or 413 (past the size limit), both with fieldErrors on "file"; 503 when the server is busy
 * checking other files (try again in a minute).
 */
export const uploadDisseminations = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return api.post<ImportJob>('/api/intake/disseminations', form);
};

/** 202 with the weekly victim list import to follow; refusals as for {@link uploadDisseminations}. */
export const uploadVictimList = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return api.post<ImportJob>('/api/intake/victim-lists', form);
};

/**
 * The largest file either import accepts (bytes, and whole megabytes as the page writes it), and the server's words
 * refusing a larger one.
 */
export interface UploadLimit {
  maxBytes: number;
  megabytes: number;
  refusal: string;
}

export const getUploadLimit = () => api.get<UploadLimit>('/api/intake/upload-limit');

/** Recent imports the user may see, newest first; of one kind when given. */
export const listImports = (kind?: ImportKind) =>
  api.get<ImportJob[]>(kind ? `/api/intake/imports?kind=${encodeURIComponent(kind)}` : '/api/intake/imports');

export const getImport = (id: string) => api.get<ImportJob>(`/api/intake/imports/${encodeURIComponent(id)}`);

export const getImportReport = (id: string) =>
  api.get<ImportReportEntry[]>(`/api/intake/imports/${encodeURIComponent(id)}/report`);

/** The report as a CSV download: a link target, not a fetch, so the browser saves the file. */
export const importReportCsvUrl = (id: string) => `/api/intake/imports/${encodeURIComponent(id)}/report.csv`;
