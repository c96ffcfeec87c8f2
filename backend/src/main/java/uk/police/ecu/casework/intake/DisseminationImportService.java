package uk.police.ecu.casework.intake;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Takes a dissemination file from the ECU (see {@link FileImports} for what happens to it). */
@Service
public class DisseminationImportService {

    private final FileImports imports;
    private final DisseminationImport disseminations;

    DisseminationImportService(FileImports imports, DisseminationImport disseminations) {
        this.imports = imports;
        this.disseminations = disseminations;
    }

    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR')")
    public ImportJob upload(String fileName, byte[] content) {
        return imports.upload(disseminations, fileName, content);
    }
}
