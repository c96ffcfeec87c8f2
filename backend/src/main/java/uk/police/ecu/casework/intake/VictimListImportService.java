package uk.police.ecu.casework.intake;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Takes a weekly victim list from the victim care unit (see {@link FileImports} and {@link VictimListImport}). */
@Service
public class VictimListImportService {

    private final FileImports imports;
    private final VictimListImport victimLists;

    VictimListImportService(FileImports imports, VictimListImport victimLists) {
        this.imports = imports;
        this.victimLists = victimLists;
    }

    @PreAuthorize("hasRole('VICTIM_CARE_OFFICER')")
    public ImportJob upload(String fileName, byte[] content) {
        return imports.upload(victimLists, fileName, content);
    }
}
