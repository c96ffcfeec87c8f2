package uk.police.ecu.casework.recovery;

import static uk.police.ecu.casework.recovery.RecoveryProcess.*;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * Pausing and resuming an enrolled participant's programme while they cannot take part. The process holds
 * reviews and the programme-length timer while paused; the resume moves the programme's end by the days paused.
 */
@Service
@PreAuthorize("hasAnyRole('O2R_OFFICER', 'DRUG_REFERRAL_WORKER')")
public class PauseService {

    public enum PauseReason { CUSTODY, HOSPITAL, OTHER }

    public record PauseRequest(@NotNull(message = "Choose why the programme is paused") PauseReason reason,
                               @NotNull(message = "Enter the date the pause starts")
                               @PastOrPresent(message = "The pause cannot start in the future") LocalDate startedOn,
                               String notes) {
    }

    public record ResumeRequest(@NotNull(message = "Enter the date the participant resumes")
                                @PastOrPresent(message = "The resume date cannot be in the future") LocalDate resumedOn) {
    }

    private final ParticipantRepository participants;
    private final PauseRepository pauses;
    private final ParticipantAccess access;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    PauseService(ParticipantRepository participants, PauseRepository pauses, ParticipantAccess access,
                 RuntimeService runtime, AuditLog audit, CurrentUser currentUser) {
        this.participants = participants;
        this.pauses = pauses;
        this.access = access;
        this.runtime = runtime;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Transactional
    public void pause(String reference, PauseRequest request) {
        CaseworkUser user = currentUser.get();
        Participant p = enrolled(user, reference);
        if (pauses.open(reference).isPresent()) {
            throw new ConflictException("The participant's programme is already paused: resume it first");
        }
        if (request.startedOn().isBefore(p.enrolmentDate())) {
            throw InvalidInputException.field("startedOn", "The pause cannot start before the enrolment date");
        }
        if (pauses.lastEnded(reference).filter(request.startedOn()::isBefore).isPresent()) {
            throw InvalidInputException.field("startedOn", "The pause cannot start before the last pause ended");
        }
        pauses.start(reference, request.reason().name(), request.notes(), request.startedOn(), user.username());
        runtime.createMessageCorrelation(PAUSED_MESSAGE).processInstanceBusinessKey(reference)
                .setVariable(PAUSED, true).correlate();
        audit.record(AuditEntry.alteration(RECORD_TYPE, List.of(reference),
                Map.of("paused", request.reason().name(), "from", request.startedOn().toString())));
    }

    @Transactional
    public void resume(String reference, ResumeRequest request) {
        CaseworkUser user = currentUser.get();
        enrolled(user, reference);
        PauseRepository.Pause open = pauses.open(reference)
                .orElseThrow(() -> new ConflictException("The participant's programme is not paused"));
        if (request.resumedOn().isBefore(open.startedOn())) {
            throw InvalidInputException.field("resumedOn", "The resume date cannot be before the pause started");
        }
        pauses.end(open.id(), request.resumedOn(), user.username());
        runtime.createMessageCorrelation(RESUMED_MESSAGE).processInstanceBusinessKey(reference)
                .setVariable(PAUSED, false).correlateAll();
        audit.record(AuditEntry.alteration(RECORD_TYPE, List.of(reference),
                Map.of("resumed", request.resumedOn().toString())));
    }

    private Participant enrolled(CaseworkUser user, String reference) {
        Participant p = participants.find(reference)
                .orElseThrow(() -> new NotFoundException("There is no participant " + reference));
        access.require(user, p);
        if (!"ENROLLED".equals(p.status())) {
            throw new ConflictException("Only an enrolled participant's programme can be paused or resumed");
        }
        return p;
    }
}
