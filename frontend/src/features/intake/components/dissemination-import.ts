import { listImports, uploadDisseminations } from '../api/imports';
import type { ImportFlavour } from './import-flavour';
import { outcomeSentence, REQUIRED_COLUMNS, summaryRows } from './import-words';

const listDisseminationImports = () => listImports();

/** NFIB dissemination files: each good row starts a fraud case. */
export const disseminationImport: ImportFlavour = {
  path: '/fraud/imports',
  heading: 'Import disseminations',
  caption: 'Dissemination import',
  intro:
    'Upload a CSV file of NFIB disseminations. The whole file is checked first; each good row then starts a fraud case, and rows that cannot be used are listed with the reason.',
  fileLabel: 'Dissemination file (CSV)',
  requiredColumns: REQUIRED_COLUMNS,
  upload: uploadDisseminations,
  listRecent: listDisseminationImports,
  recentFigure: { heading: 'Cases created', value: (job) => job.casesCreated },
  summaryRows,
  outcomeSentence,
};
