package uk.police.ecu.casework.fraud;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/fraud/disseminations")
class DisseminationController {

    private final FraudTriageService triage;

    DisseminationController(FraudTriageService triage) {
        this.triage = triage;
    }

    record Started(String crimeReference, String processInstanceId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR')")
    Started receive(@RequestBody Dissemination dissemination) {
        String id = triage.startTriage(dissemination);
        return new Started(dissemination.crimeReference().trim().toUpperCase(), id);
    }
}
