package uk.police.ecu.casework.operations;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Failed automatic steps waiting for an administrator; Cockpit at /camunda shows the same with more detail. */
@RestController
@RequestMapping("/api/admin/incidents")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class IncidentController {

    private final Incidents incidents;

    IncidentController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    List<Incident> open() {
        return incidents.open();
    }

    /** Sets the failed step's retries to 1 (audited), so it runs once more now that its cause is fixed. */
    @PostMapping("/{id}/retry")
    Incident retry(@PathVariable String id) {
        return incidents.retry(id);
    }
}
