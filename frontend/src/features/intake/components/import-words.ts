import type { ImportJob, ImportReportEntry, ImportReportKind, ImportStatus, TextEncoding } from '../api/imports';

/** The columns a dissemination file must have; the API names the optional ones when it refuses a file. */
export const REQUIRED_COLUMNS = ['crime_reference', 'reported_date', 'nfib_code', 'victim_type', 'victim_name'];

/** The columns a weekly victim list must have, in any order. */
export const VICTIM_LIST_REQUIRED_COLUMNS = [
  'crime_reference',
  'reported_date',
  'nfib_code',
  'victim_forename',
  'victim_surname',
];

interface Tag {
  text: string;
  className: string;
}

const TAGS: Record<ImportStatus, Tag> = {
  RUNNING: { text: 'Importing', className: 'govuk-tag' },
  COMPLETED: { text: 'Complete', className: 'govuk-tag govuk-tag--green' },
  REJECTED: { text: 'File refused', className: 'govuk-tag govuk-tag--red' },
  FAILED: { text: 'Failed', className: 'govuk-tag govuk-tag--red' },
};

export function statusTag(status: ImportStatus): Tag {
  return TAGS[status] ?? { text: status, className: 'govuk-tag govuk-tag--grey' };
}

/** "3 rows", "1 row", "0 cases" … */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The words next to the progress bar, e.g. "40 of 120 rows done". */
export function progressText(job: Pick<ImportJob, 'rowsDone' | 'totalRows'>): string {
  return `${job.rowsDone} of ${count(job.totalRows, 'row')} done`;
}

const ENCODINGS: Record<TextEncoding, string> = {
  'UTF-8': 'UTF-8',
  'WINDOWS-1252': 'Windows-1252, as Excel saves "CSV (Comma delimited)": £ signs and accented letters kept',
};

/** What the file was read as, in words; absent for a file refused as a whole. */
export function encodingText(encoding?: TextEncoding | null): string | undefined {
  return encoding ? (ENCODINGS[encoding] ?? encoding) : undefined;
}

export interface SummaryRow {
  key: string;
  value: string;
}

/** The final figures of an import, in the order the summary list shows them. */
export function summaryRows(job: ImportJob): SummaryRow[] {
  return [
    { key: 'Cases created', value: String(job.casesCreated) },
    { key: 'Duplicates (crime already known)', value: String(job.duplicates) },
    { key: 'Flagged for review', value: String(job.flagged) },
    { key: 'Rows refused', value: String(job.errorRows) },
  ];
}

/** "a", "a and b", "a, b and c". */
function listInWords(parts: string[]): string {
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** One sentence saying how an import ended, e.g. "2 cases created and 1 row refused". */
export function outcomeSentence(job: ImportJob): string {
  const parts = [count(job.casesCreated, 'case') + ' created'];
  if (job.duplicates > 0) parts.push(`${count(job.duplicates, 'duplicate')} not started again`);
  if (job.flagged > 0) parts.push(`${count(job.flagged, 'case')} flagged for review`);
  if (job.errorRows > 0) parts.push(`${count(job.errorRows, 'row')} refused`);
  return listInWords(parts);
}

/** The final figures of a victim list import: who was referred, screened out, seen before, already listed or refused. */
export function victimListSummaryRows(job: ImportJob): SummaryRow[] {
  return [
    { key: 'Referred', value: String(job.referred ?? 0) },
    { key: 'Screened out', value: String(job.screenedOut ?? 0) },
    { key: 'Repeat victims', value: String(job.repeatVictims ?? 0) },
    { key: 'Duplicates (already on an earlier list)', value: String(job.duplicates) },
    { key: 'Rows refused', value: String(job.errorRows) },
  ];
}

/** e.g. "3 victims referred, 5 screened out, 1 repeat victim and 1 row refused". */
export function victimListOutcomeSentence(job: ImportJob): string {
  const parts = [`${count(job.referred ?? 0, 'victim')} referred`, `${job.screenedOut ?? 0} screened out`];
  if ((job.repeatVictims ?? 0) > 0) parts.push(count(job.repeatVictims ?? 0, 'repeat victim'));
  if (job.duplicates > 0) parts.push(`${count(job.duplicates, 'duplicate')} already on an earlier list`);
  if (job.errorRows > 0) parts.push(`${count(job.errorRows, 'row')} refused`);
  return listInWords(parts);
}

const REPORT_KINDS: Record<ImportReportKind, string> = {
  ERROR: 'Refused',
  DUPLICATE: 'Duplicate',
  FLAGGED: 'Flagged for review',
  REPEAT_VICTIM: 'Repeat victim',
};

export function reportKindLabel(kind: ImportReportKind): string {
  return REPORT_KINDS[kind] ?? kind;
}

/**
 * The NFIB codes a file used that are not on the code list (rows kept and flagged), so the list can be updated:
 * e.g. "Unknown NFIB codes: NFIB4Z (3 rows), NFIB90A (1 row)"; undefined when there are none.
 */
export function unknownNfibCodesText(entries: ImportReportEntry[]): string | undefined {
  const rows = new Map<string, number>();
  for (const entry of entries) {
    if (entry.kind !== 'FLAGGED' || entry.columnName !== 'nfib_code' || !entry.value) continue;
    const code = entry.value.trim().toUpperCase();
    rows.set(code, (rows.get(code) ?? 0) + 1);
  }
  if (rows.size === 0) return undefined;
  const codes = [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, n]) => `${code} (${count(n, 'row')})`);
  return `Unknown NFIB codes: ${codes.join(', ')}`;
}
