package uk.police.ecu.casework.fraud;

import static uk.police.ecu.casework.fraud.FraudProcessVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.reference.OutcomePath;
import uk.police.ecu.casework.reference.PolicingArea;
import uk.police.ecu.casework.reference.ReferenceDataRepository;
import uk.police.ecu.casework.security.UserRepository;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/** Completes {@code Task_Triage}: records the decision and routes the case. */
@Component
class TriageTask implements TaskForm<TriageDecisionForm> {

    static final String ECU_INVESTIGATIONS = "ecu-investigations";

    private final CrimeRepository crimes;
    private final ReferenceDataRepository referenceData;
    private final UserRepository users;
    private final CrimeFinalisation finalisation;
    private final NfibReturnRepository nfibReturns;
    private final AuditLog audit;
    private final Clock clock;

    TriageTask(CrimeRepository crimes, ReferenceDataRepository referenceData, UserRepository users,
               CrimeFinalisation finalisation, NfibReturnRepository nfibReturns, AuditLog audit, Clock clock) {
        this.nfibReturns = nfibReturns;
        this.audit = audit;
        this.clock = clock;
        this.finalisation = finalisation;
        this.crimes = crimes;
        this.referenceData = referenceData;
        this.users = users;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_Triage");
    }

    @Override
    public Class<TriageDecisionForm> formType() {
        return TriageDecisionForm.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, TriageDecisionForm form) {
        String team = check(form);
        String status = switch (form.decision()) {
            case FILE -> "FILING";
            case ALLOCATE_ECU -> "INVESTIGATING";
            case ALLOCATE_AREA -> "AWAITING_ACCEPTANCE";
            case RETURN_TO_NFIB -> "FINALISED";
        };
        crimes.recordTriage(task.caseReference(), form, team, status);
        if (form.decision() == TriageDecisionForm.Decision.RETURN_TO_NFIB) {
            nfibReturns.record(task.caseReference(), form.nfibReturnReason().name(), form.nfibReturnDetail().strip(),
                    task.user().username());
            finalisation.finaliseReturned(task.caseReference(), LocalDate.now(clock));
            audit.record(AuditEntry.alteration("crime", List.of(task.caseReference()),
                    Map.of("returnedToNfib", form.nfibReturnReason().name())));
        }
        crimes.addLinesOfEnquiry(task.caseReference(), form.linesOfEnquiry(), task.user().username());
        Map<String, Object> variables = new HashMap<>();
        variables.put(TRIAGE_DECISION, form.decision().name());
        variables.put(ALLOCATED_TEAM, team);
        variables.put(ALLOCATED_OFFICER, form.decision() == TriageDecisionForm.Decision.ALLOCATE_ECU ? form.officer() : null);
        variables.put(TASK_PRIORITY, form.priority().taskPriority);
        variables.put("filingOutcomeCode", form.filingOutcomeCode());
        return variables;
    }

    /** The rules across answers; returns the team the case goes to (null when filed). */
    private String check(TriageDecisionForm form) {
        List<FieldError> errors = new ArrayList<>();
        String team = null;
        switch (form.decision()) {
            case ALLOCATE_ECU -> {
                requireLines(form, errors);
                // With no officer named the case waits, unclaimed, in a supervisor's "ready to allocate" view.
                if (form.officer() != null && users.members(ECU_INVESTIGATIONS).stream()
                        .noneMatch(m -> m.username().equals(form.officer()))) {
                    errors.add(new FieldError("officer", "Choose an officer of the ECU investigations team"));
                }
                team = ECU_INVESTIGATIONS;
            }
            case ALLOCATE_AREA -> {
                requireLines(form, errors);
                team = referenceData.policingAreas().stream()
                        .filter(a -> a.id().equals(form.policingArea()))
                        .map(PolicingArea::teamId).findFirst().orElse(null);
                if (team == null) {
                    errors.add(new FieldError("policingArea", "Choose the policing area to allocate to"));
                }
            }
            case RETURN_TO_NFIB -> {
                if (form.nfibReturnReason() == null) {
                    errors.add(new FieldError("nfibReturnReason", "Choose why the crime goes back to the NFIB"));
                }
                if (form.nfibReturnDetail() == null || form.nfibReturnDetail().isBlank()) {
                    errors.add(new FieldError("nfibReturnDetail", "Explain the return for the NFIB"));
                }
            }
            case FILE -> {
                if (!form.linesOfEnquiry().isEmpty()) {
                    errors.add(new FieldError("linesOfEnquiry",
                            "A crime with reasonable lines of enquiry cannot be filed; allocate it instead"));
                }
                if (form.filingRationale() == null || form.filingRationale().isBlank()) {
                    errors.add(new FieldError("filingRationale", "Give the rationale for filing"));
                }
                finalisation.problemOn(OutcomePath.FILED_AT_TRIAGE, form.filingOutcomeCode(), "filingOutcomeCode",
                        "Choose the outcome code the crime is filed with").ifPresent(errors::add);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some answers need correcting", errors);
        }
        return team;
    }

    private static void requireLines(TriageDecisionForm form, List<FieldError> errors) {
        if (form.linesOfEnquiry().isEmpty()) {
            errors.add(new FieldError("linesOfEnquiry", "Allocation needs at least one reasonable line of enquiry"));
        }
    }
}
