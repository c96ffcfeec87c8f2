package uk.police.ecu.casework.fraud;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.shared.ConflictException;

/** The JSON API for a single dissemination (files come through the import). */
@RestController
@RequestMapping("/api/fraud/disseminations")
class DisseminationController {

    private final FraudTriageService triage;

    DisseminationController(FraudTriageService triage) {
        this.triage = triage;
    }

    /**
     * 201 for a new crime; 200 for a known crime NFIB sent again with changes (its amendment is in the answer);
     * 409 for a duplicate, or for a crime whose personal data was erased.
     */
    @PostMapping
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR')")
    ResponseEntity<FraudTriageService.Received> receive(@RequestBody Dissemination dissemination) {
        FraudTriageService.Received received = triage.receive(dissemination);
        if (received.refused() != null) {
            throw new ConflictException(received.refused());
        }
        if (received.duplicate()) {
            throw new ConflictException("Crime " + received.crimeReference()
                    + " is already known with the same content; it was not started again");
        }
        return ResponseEntity.status(received.amendment() == null ? HttpStatus.CREATED : HttpStatus.OK).body(received);
    }
}
