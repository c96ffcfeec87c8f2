import { disseminationImport } from './dissemination-import';
import { ImportUploadForm } from './import-upload-form';
import { RequireImportRole } from './require-import-role';

export function ImportPage() {
  return (
    <RequireImportRole>
      <ImportUploadForm flavour={disseminationImport} />
    </RequireImportRole>
  );
}
