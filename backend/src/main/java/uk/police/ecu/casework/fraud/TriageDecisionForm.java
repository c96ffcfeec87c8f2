package uk.police.ecu.casework.fraud;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The triage officer's answers: the reasonable lines of enquiry (possibly none), a priority and
 * the decision, with whom it is allocated to or why it is filed.
 */
public record TriageDecisionForm(
        @NotNull(message = "Enter the lines of enquiry, or none") List<@NotBlank @Size(max = 1000) String> linesOfEnquiry,
        @NotNull(message = "Choose a priority") Priority priority,
        @NotNull(message = "Choose a decision") Decision decision,
        String officer,
        String policingArea,
        @Size(max = 4000) String filingRationale,
        String filingOutcomeCode,
        NfibReturnReason nfibReturnReason,
        @Size(max = 4000) String nfibReturnDetail) {

    public TriageDecisionForm {
        officer = officer == null || officer.isBlank() ? null : officer;
    }

    public enum Priority {
        HIGH(80), MEDIUM(50), LOW(20);

        /** The engine task priority the case's later tasks carry, so task lists sort by it. */
        public final int taskPriority;

        Priority(int taskPriority) {
            this.taskPriority = taskPriority;
        }
    }

    public enum Decision { ALLOCATE_ECU, ALLOCATE_AREA, FILE, RETURN_TO_NFIB }

    /** Why a crime is not for this force and goes back to the NFIB. */
    public enum NfibReturnReason {
        VICTIM_AND_SUSPECT_OUTSIDE_FORCE, ANOTHER_FORCE_INVESTIGATING, DUPLICATE, NOT_A_CRIME, OTHER
    }
}
