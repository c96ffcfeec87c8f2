import { describe, expect, it } from 'vitest';
import type { ImportJob } from '../api/imports';
import {
  encodingText,
  outcomeSentence,
  progressText,
  reportKindLabel,
  statusTag,
  summaryRows,
  unknownNfibCodesText,
} from './import-words';

function job(overrides: Partial<ImportJob>): ImportJob {
  return {
    id: 'a1',
    kind: 'DISSEMINATIONS',
    fileName: 'march.csv',
    fileSha256: 'abc',
    sizeBytes: 100,
    uploadedBy: 'ecu.supervisor',
    uploadedAt: '2026-03-01T10:00:00Z',
    status: 'COMPLETED',
    totalRows: 0,
    errorRows: 0,
    goodRows: 0,
    goodRowsDone: 0,
    casesCreated: 0,
    duplicates: 0,
    flagged: 0,
    rowsDone: 0,
    ...overrides,
  };
}

describe('progressText', () => {
  it('says how many of the rows are done', () => {
    expect(progressText({ rowsDone: 40, totalRows: 120 })).toBe('40 of 120 rows done');
  });

  it('speaks of one row in the singular', () => {
    expect(progressText({ rowsDone: 0, totalRows: 1 })).toBe('0 of 1 row done');
  });
});

describe('outcomeSentence', () => {
  it('names the cases created and the rows refused', () => {
    expect(outcomeSentence(job({ casesCreated: 2, errorRows: 1 }))).toBe('2 cases created and 1 row refused');
  });

  it('lists duplicates and flagged cases only when there are some', () => {
    expect(outcomeSentence(job({ casesCreated: 1, duplicates: 2, flagged: 1, errorRows: 3 }))).toBe(
      '1 case created, 2 duplicates not started again, 1 case flagged for review and 3 rows refused',
    );
  });

  it('says so when nothing was created', () => {
    expect(outcomeSentence(job({}))).toBe('0 cases created');
  });
});

describe('summaryRows', () => {
  it('gives the four figures of a finished import in order', () => {
    expect(summaryRows(job({ casesCreated: 5, duplicates: 1, flagged: 2, errorRows: 3 }))).toEqual([
      { key: 'Cases created', value: '5' },
      { key: 'Duplicates (crime already known)', value: '1' },
      { key: 'Flagged for review', value: '2' },
      { key: 'Rows refused', value: '3' },
    ]);
  });
});

describe('statusTag', () => {
  it('shows a running import as importing and a finished one as complete in green', () => {
    expect(statusTag('RUNNING')).toEqual({ text: 'Importing', className: 'govuk-tag' });
    expect(statusTag('COMPLETED')).toEqual({ text: 'Complete', className: 'govuk-tag govuk-tag--green' });
  });

  it('shows a refused file in red', () => {
    expect(statusTag('REJECTED').className).toContain('govuk-tag--red');
  });
});

describe('reportKindLabel', () => {
  it('puts each kind of report line into words', () => {
    expect(['ERROR', 'DUPLICATE', 'FLAGGED'].map((k) => reportKindLabel(k as 'ERROR'))).toEqual([
      'Refused',
      'Duplicate',
      'Flagged for review',
    ]);
  });
});

describe('encodingText', () => {
  it('says a file saved by Excel was read as Windows-1252 with its £ signs and accents kept', () => {
    expect(encodingText('WINDOWS-1252')).toBe(
      'Windows-1252, as Excel saves "CSV (Comma delimited)": £ signs and accented letters kept',
    );
    expect(encodingText('UTF-8')).toBe('UTF-8');
  });

  it('says nothing for a file refused before it was read', () => {
    expect(encodingText(undefined)).toBeUndefined();
    expect(encodingText(null)).toBeUndefined();
  });
});

describe('unknownNfibCodesText', () => {
  const flagged = (line: number, columnName: string, value: string) => ({
    kind: 'FLAGGED' as const,
    line,
    columnName,
    value,
    reason: 'not on the code list',
  });

  it('counts the rows of each NFIB code not on the code list, however the file wrote it', () => {
    expect(
      unknownNfibCodesText([
        flagged(2, 'nfib_code', 'NFIB4Z'),
        flagged(3, 'nfib_code', 'nfib4z'),
        { kind: 'ERROR', line: 4, columnName: 'nfib_code', value: 'FRAUD', reason: 'Must be an NFIB code' },
        flagged(5, 'victim_phone', 'call me'),
        flagged(6, 'nfib_code', 'NFIB90A'),
        flagged(7, 'nfib_code', 'NFIB4Z'),
      ]),
    ).toBe('Unknown NFIB codes: NFIB4Z (3 rows), NFIB90A (1 row)');
  });

  it('says nothing when every code was known', () => {
    expect(unknownNfibCodesText([flagged(5, 'victim_phone', 'call me')])).toBeUndefined();
  });
});
