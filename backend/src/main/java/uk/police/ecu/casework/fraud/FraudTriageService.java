package uk.police.ecu.casework.fraud;

import jakarta.validation.Valid;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.server.ResponseStatusException;

/** Validates its own input (after the role check), so every caller is held to the same rules. */
@Service
@Validated
public class FraudTriageService {

    public static final String PROCESS_KEY = "fraud-triage";

    private final RuntimeService runtime;

    FraudTriageService(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts triage for a dissemination; the crime reference is the business key and is never started twice. */
    @Transactional
    @PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR')")
    public String startTriage(@Valid Dissemination dissemination) {
        String reference = dissemination.crimeReference().trim().toUpperCase();
        if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(reference).count() > 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Crime " + reference + " is already being triaged");
        }
        return runtime.startProcessInstanceByKey(PROCESS_KEY, reference, Map.of(
                "crimeReference", reference,
                "nfibCode", dissemination.nfibCode().trim().toUpperCase(),
                "victimName", dissemination.victimName().trim())).getId();
    }
}
