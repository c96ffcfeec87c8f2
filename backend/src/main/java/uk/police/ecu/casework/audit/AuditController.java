package uk.police.ecu.casework.audit;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search, export and verification of the audit trail, for auditors and administrators only. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AuditSearchService search;
    private final AuditChainVerifier verifier;

    AuditController(AuditSearchService search, AuditChainVerifier verifier) {
        this.search = search;
        this.verifier = verifier;
    }

    /** Filters: {@code username, recordType, recordId, operation, from, to} (ISO date-times),
     * {@code fromDate, toDate} (ISO dates, whole days in England and Wales). */
    @GetMapping("/events")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR')")
    AuditPage events(AuditFilter filter, @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "50") int size) {
        return search.search(filter, page, size);
    }

    /** One event with the hashes that place it in the chain; 404 when there is no such event. */
    @GetMapping("/events/{id}")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR')")
    AuditEventDetail event(@PathVariable long id) {
        return search.event(id);
    }

    /** The Content-Type is set here, so the file is sent whatever the request's Accept header says. */
    @GetMapping("/events.csv")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR')")
    ResponseEntity<String> eventsCsv(AuditFilter filter, Principal user) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-events.csv\"")
                .body(AuditEventCsv.of(search.export(filter, user.getName() + " (CSV download)")));
    }

    @GetMapping("/verification")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR')")
    AuditVerification verification() {
        return verifier.verify();
    }
}
