import type { ImportJob } from '../api/imports';
import type { SummaryRow } from './import-words';

/**
 * What sets one kind of import apart on the shared upload and status pages: its words, its API calls
 * and its figures. The pages are the same for every kind; only this changes.
 */
export interface ImportFlavour {
  /** the page that uploads this kind of file, e.g. /fraud/imports; status pages are under it */
  path: string;
  /** the upload page's heading, also the link back to it */
  heading: string;
  /** above the status page's heading, e.g. "Dissemination import" */
  caption: string;
  intro: string;
  fileLabel: string;
  requiredColumns: string[];
  upload: (file: File) => Promise<ImportJob>;
  /** recent imports of this kind; a stable (module-level) function */
  listRecent: () => Promise<ImportJob[]>;
  /** the figure the recent imports table shows for each import */
  recentFigure: { heading: string; value: (job: ImportJob) => number };
  summaryRows: (job: ImportJob) => SummaryRow[];
  outcomeSentence: (job: ImportJob) => string;
}

export const statusPath = (flavour: ImportFlavour, id: string) => `${flavour.path}/${encodeURIComponent(id)}`;
