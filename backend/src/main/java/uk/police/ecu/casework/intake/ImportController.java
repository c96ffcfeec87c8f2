package uk.police.ecu.casework.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.CsvWriter;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.NotFoundException;
import uk.police.ecu.casework.system.ApiError;

/**
 * File imports. Each kind has its own users: disseminations the ECU, weekly victim lists the victim
 * care unit. The import pages are shared, and a job of a kind the user may not see is refused (403,
 * audited) like an endpoint their role may not call.
 */
@RestController
@RequestMapping("/api/intake")
class ImportController {

    private static final int RECENT = 20;

    private final DisseminationImportService disseminations;
    private final VictimListImportService victimLists;
    private final FileImports imports;
    private final ImportJobRepository jobs;
    private final CurrentUser currentUser;
    private final UploadSlots slots;
    private final UploadLimit limit;
    private final ImportReports reports;

    ImportController(DisseminationImportService disseminations, VictimListImportService victimLists,
                     FileImports imports, ImportJobRepository jobs, CurrentUser currentUser, UploadSlots slots,
                     UploadLimit limit, ImportReports reports) {
        this.reports = reports;
        this.disseminations = disseminations;
        this.victimLists = victimLists;
        this.imports = imports;
        this.jobs = jobs;
        this.currentUser = currentUser;
        this.slots = slots;
        this.limit = limit;
    }

    /** The largest file either import accepts, for the upload page's hint. */
    @GetMapping("/upload-limit")
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'VICTIM_CARE_OFFICER')")
    UploadLimit uploadLimit() {
        return limit;
    }

    /**
     * 202 with the import to follow; 400 with one reason when the file as a whole cannot be read;
     * 413 past the upload limit; 503 with Retry-After when too many files are being checked at once.
     */
    @PostMapping("/disseminations")
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR')")
    ResponseEntity<?> uploadDisseminations(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            return empty();
        }
        return accepted(slots.check(() -> disseminations.upload(fileName(file), file.getBytes())));
    }

    /** As for disseminations: 202 with the import to follow, or 400 naming what is wrong with the file. */
    @PostMapping("/victim-lists")
    @PreAuthorize("hasRole('VICTIM_CARE_OFFICER')")
    ResponseEntity<?> uploadVictimList(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            return empty();
        }
        return accepted(slots.check(() -> victimLists.upload(fileName(file), file.getBytes())));
    }

    /** The latest imports of one kind, or of every kind the user may see when none is given. */
    @GetMapping("/imports")
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'VICTIM_CARE_OFFICER')")
    List<ImportJob> recent(@RequestParam(name = "kind", required = false) String kind) {
        CaseworkUser user = currentUser.get();
        if (kind == null || kind.isBlank()) {
            return jobs.recent(imports.kindsVisibleTo(user), RECENT);
        }
        if (!imports.visibleTo(kind.strip(), user)) {
            throw new AccessDeniedException("Imports of this kind are not for this role");
        }
        return jobs.recent(List.of(kind.strip()), RECENT);
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'VICTIM_CARE_OFFICER')")
    ImportJob job(@PathVariable UUID id) {
        ImportJob job = jobs.find(id)
                .orElseThrow(() -> new NotFoundException("There is no such import"));
        if (!imports.visibleTo(job.kind(), currentUser.get())) {
            throw new AccessDeniedException("Imports of this kind are not for this role");
        }
        return job;
    }

    @GetMapping("/imports/{id}/report")
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'VICTIM_CARE_OFFICER')")
    List<ImportReportEntry> report(@PathVariable UUID id) {
        job(id);
        return reports.read(id, "page");
    }

    @GetMapping("/imports/{id}/report.csv")
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'VICTIM_CARE_OFFICER')")
    void reportCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ImportJob job = job(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-report-" + id + ".csv\"");
        OutputStreamWriter out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("file", "line", "kind", "column", "value", "reason"));
        for (ImportReportEntry e : reports.read(id, "csv")) {
            csv.row(List.of(job.fileName(), String.valueOf(e.line()), e.kind(), nullToEmpty(e.columnName()),
                    nullToEmpty(e.value()), e.reason()));
        }
        out.flush();
    }

    private static ResponseEntity<ApiError> empty() {
        return ResponseEntity.badRequest().body(ApiError.of(400, "Bad Request", "The file is empty"));
    }

    private static ResponseEntity<?> accepted(ImportJob job) {
        if ("REJECTED".equals(job.status())) {
            return ResponseEntity.badRequest().body(new ApiError(400, "Bad Request", job.fileError(),
                    List.of(new FieldError("file", job.fileError()))));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(job);
    }

    private static String fileName(MultipartFile file) {
        return file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
