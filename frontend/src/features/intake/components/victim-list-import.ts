import { listImports, uploadVictimList } from '../api/imports';
import type { ImportFlavour } from './import-flavour';
import { VICTIM_LIST_REQUIRED_COLUMNS, victimListOutcomeSentence, victimListSummaryRows } from './import-words';

const listVictimListImports = () => listImports('VICTIM_LIST');

/** The national lead force's weekly victim list: each good row is screened, and referred or screened out. */
export const victimListImport: ImportFlavour = {
  path: '/victim-care/imports',
  heading: 'Import a weekly victim list',
  caption: 'Victim list import',
  intro:
    'Upload the weekly victim list from the national lead force as a CSV file. The whole file is checked first; each good row is then screened: victims are referred to the ECVCU or screened out, people seen before are flagged as repeat victims, and rows that cannot be used are listed with the reason.',
  fileLabel: 'Victim list (CSV)',
  requiredColumns: VICTIM_LIST_REQUIRED_COLUMNS,
  upload: uploadVictimList,
  listRecent: listVictimListImports,
  recentFigure: { heading: 'Referred', value: (job) => job.referred ?? 0 },
  summaryRows: victimListSummaryRows,
  outcomeSentence: victimListOutcomeSentence,
};
