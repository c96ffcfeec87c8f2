package uk.police.ecu.casework.fraud;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.reference.OutcomeCode;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * An ECU supervisor corrects the outcome of a finalised crime, for example one returned with the wrong code. The
 * new code must fit the decision that closed the crime, as the original had to; the old code stays in the
 * correction's history, and a crime already sent in a submitted return is sent again, amended, in the next one.
 * The supervisor who approves returns makes the correction directly, as they would correct the return itself.
 */
@Service
@Validated
public class OutcomeCorrection {

    record Correction(@NotBlank(message = "Choose the corrected outcome code") String outcomeCode,
                      @NotBlank(message = "Say why the outcome is being corrected")
                      @Size(max = 4000, message = "The reason must be 4,000 characters or fewer") String reason) {
    }

    private final CrimeRepository crimes;
    private final OutcomeCorrectionRepository corrections;
    private final CrimeFinalisation finalisation;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    OutcomeCorrection(CrimeRepository crimes, OutcomeCorrectionRepository corrections, CrimeFinalisation finalisation,
                      CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.crimes = crimes;
        this.corrections = corrections;
        this.finalisation = finalisation;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('ECU_SUPERVISOR')")
    public List<OutcomeCorrectionRepository.Correction> correct(String reference, @Valid Correction request) {
        String key = reference.trim().toUpperCase();
        Crime crime = crimes.find(key).orElseThrow(() -> new NotFoundException("There is no crime " + key));
        if (!"FINALISED".equals(crime.status())) {
            throw new ConflictException("Only a finalised crime's outcome can be corrected; " + key + " is "
                    + crime.status().toLowerCase().replace('_', ' '));
        }
        OutcomeCode outcome = finalisation.allowedOn(OutcomeReturnCheck.pathOf(crime.triageDecision()),
                request.outcomeCode(), "outcomeCode", "Choose an outcome code from the list");
        if (outcome.code().equals(crime.outcomeCode())) {
            throw InvalidInputException.field("outcomeCode", "The crime already has outcome " + outcome.code());
        }
        String by = currentUser.get().username();
        String reason = request.reason().strip();
        corrections.record(crime, outcome.code(), outcome.homeOfficeCode(), reason, by, OffsetDateTime.now(clock));
        // The reason is free text about the case: it stays on the correction, not on the audit trail.
        audit.record(AuditEntry.alteration("crime", List.of(key), Map.of("field", "outcome",
                "previousOutcomeCode", crime.outcomeCode(), "outcomeCode", outcome.code())));
        return corrections.of(key);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ECU_SUPERVISOR', 'PERFORMANCE_ANALYST')")
    public List<OutcomeCorrectionRepository.Correction> history(String reference) {
        String key = reference.trim().toUpperCase();
        crimes.find(key).orElseThrow(() -> new NotFoundException("There is no crime " + key));
        return corrections.of(key);
    }
}
