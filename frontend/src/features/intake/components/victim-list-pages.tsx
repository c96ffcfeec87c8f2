import { useParams } from 'react-router-dom';
import { ImportStatus } from './import-status-page';
import { ImportUploadForm } from './import-upload-form';
import { RequireImportRole, VICTIM_LISTS } from './require-import-role';
import { victimListImport } from './victim-list-import';

/** /victim-care/imports: upload a weekly victim list; recent victim list imports below. */
export function VictimListImportPage() {
  return (
    <RequireImportRole gate={VICTIM_LISTS}>
      <ImportUploadForm flavour={victimListImport} />
    </RequireImportRole>
  );
}

/** /victim-care/imports/:id: a victim list import's progress, figures and report. */
export function VictimListStatusPage() {
  const { id = '' } = useParams();
  return (
    <RequireImportRole gate={VICTIM_LISTS}>
      <ImportStatus id={id} flavour={victimListImport} />
    </RequireImportRole>
  );
}
