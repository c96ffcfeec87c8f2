package uk.police.ecu.casework.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import uk.police.ecu.casework.system.ApiError;
import uk.police.ecu.casework.system.CsvWriter;

@RestController
@RequestMapping("/api/intake")
@PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR')")
class ImportController {

    private final DisseminationImportService disseminations;
    private final ImportJobRepository jobs;

    ImportController(DisseminationImportService disseminations, ImportJobRepository jobs) {
        this.disseminations = disseminations;
        this.jobs = jobs;
    }

    /** 202 with the import to follow; 400 with one reason when the file as a whole cannot be read. */
    @PostMapping("/disseminations")
    ResponseEntity<?> uploadDisseminations(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            return ResponseEntity.badRequest().body(ApiError.of(400, "Bad Request", "The file is empty"));
        }
        ImportJob job = disseminations.upload(file.getOriginalFilename() == null ? "upload.csv"
                : file.getOriginalFilename(), file.getBytes());
        if ("REJECTED".equals(job.status())) {
            return ResponseEntity.badRequest().body(new ApiError(400, "Bad Request", job.fileError(),
                    List.of(new ApiError.FieldError("file", job.fileError()))));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(job);
    }

    @GetMapping("/imports")
    List<ImportJob> recent() {
        return jobs.recent(DisseminationImportService.KIND, 20);
    }

    @GetMapping("/imports/{id}")
    ImportJob job(@PathVariable UUID id) {
        return jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such import"));
    }

    @GetMapping("/imports/{id}/report")
    List<ImportReportEntry> report(@PathVariable UUID id) {
        job(id);
        return jobs.reportOf(id);
    }

    @GetMapping("/imports/{id}/report.csv")
    void reportCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ImportJob job = job(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-report-" + id + ".csv\"");
        OutputStreamWriter out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("file", "line", "kind", "column", "value", "reason"));
        for (ImportReportEntry e : jobs.reportOf(id)) {
            csv.row(List.of(job.fileName(), String.valueOf(e.line()), e.kind(), nullToEmpty(e.columnName()),
                    nullToEmpty(e.value()), e.reason()));
        }
        out.flush();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
