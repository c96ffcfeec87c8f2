package uk.police.ecu.casework.fraud;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/**
 * Completes {@code Task_AcceptAllocation}: the area team takes the crime on, or refuses it with a reason and it
 * goes back to ECU triage, where the triager reads the refusal on the case's timeline.
 */
@Component
class AcceptAllocationTask implements TaskForm<AcceptAllocationTask.Answers> {

    /** The process variable the model's "Accepted?" gateway reads. */
    static final String ALLOCATION_REFUSED = "allocationRefused";

    enum Decision { ACCEPT, REFUSE }

    enum RefusalReason { NOT_IN_AREA, NO_CAPACITY, NEEDS_SPECIALIST, INSUFFICIENT_INFORMATION, OTHER }

    /** {@code accepted} is the older form's tick-box, read as ACCEPT when no decision is given. */
    record Answers(Decision decision, Boolean accepted, RefusalReason refusalCategory,
                   @Size(max = 4000, message = "The reason must be 4,000 characters or fewer") String refusalReason) {

        Decision decisionGiven() {
            return decision != null ? decision : Boolean.TRUE.equals(accepted) ? Decision.ACCEPT : null;
        }
    }

    private final CrimeRepository crimes;
    private final AllocationRefusalRepository refusals;
    private final AuditLog audit;

    AcceptAllocationTask(CrimeRepository crimes, AllocationRefusalRepository refusals, AuditLog audit) {
        this.crimes = crimes;
        this.refusals = refusals;
        this.audit = audit;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("Task_AcceptAllocation");
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        Decision decision = answers.decisionGiven();
        if (decision == null) {
            throw InvalidInputException.field("decision", "Choose whether your team accepts this crime");
        }
        String reference = task.caseReference();
        Map<String, Object> variables = new HashMap<>();
        if (decision == Decision.ACCEPT) {
            crimes.setStatus(reference, "INVESTIGATING");
            variables.put(ALLOCATION_REFUSED, false);
            return variables;
        }
        checkRefusal(answers);
        String team = crimes.find(reference).map(Crime::allocatedTeam).orElse(null);
        refusals.record(reference, team, answers.refusalCategory().name(), answers.refusalReason().strip(),
                task.user().username());
        crimes.returnToTriage(reference);
        audit.record(AuditEntry.alteration("crime", List.of(reference),
                Map.of("allocationRefusedBy", team == null ? "" : team,
                        "refusalCategory", answers.refusalCategory().name())));
        variables.put(ALLOCATION_REFUSED, true);
        variables.put(FraudProcessVariables.ALLOCATED_TEAM, null);
        variables.put(FraudProcessVariables.ALLOCATED_OFFICER, null);
        return variables;
    }

    private static void checkRefusal(Answers answers) {
        List<FieldError> errors = new ArrayList<>();
        if (answers.refusalCategory() == null) {
            errors.add(new FieldError("refusalCategory", "Choose why your team cannot take this crime"));
        }
        if (answers.refusalReason() == null || answers.refusalReason().isBlank()) {
            errors.add(new FieldError("refusalReason", "Explain the refusal for the triage team"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some answers need correcting", errors);
        }
    }
}
