package uk.police.ecu.casework.recovery;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;

/** A pathway stage as recorded through the API or on the enrolment form. */
record NewStage(@NotNull(message = "Choose the pathway stage") PathwayStage.Stage stage,
                @NotNull(message = "Enter the date of the stage")
                @PastOrPresent(message = "The stage date cannot be in the future") LocalDate stageDate,
                PathwayStage.Medication medication,
                PathwayStage.DischargeReason dischargeReason,
                String notes) {

    /**
     * Checks the answers that depend on the stage, naming fields after {@code prefix}: prescribing names
     * what is prescribed; an early discharge says why; other stages have neither.
     */
    void check(String prefix) {
        List<FieldError> errors = new ArrayList<>();
        boolean prescribing = stage == PathwayStage.Stage.PRESCRIBING;
        boolean earlyDischarge = stage == PathwayStage.Stage.REHAB_EARLY_DISCHARGE;
        if (prescribing && medication == null) {
            errors.add(new FieldError(prefix + "medication", "Choose what is prescribed"));
        }
        if (!prescribing && medication != null) {
            errors.add(new FieldError(prefix + "medication", "Only a prescribing stage has a medication"));
        }
        if (earlyDischarge && dischargeReason == null) {
            errors.add(new FieldError(prefix + "dischargeReason", "Choose why the participant was discharged early"));
        }
        if (!earlyDischarge && dischargeReason != null) {
            errors.add(new FieldError(prefix + "dischargeReason", "Only an early discharge from rehab has a discharge reason"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some answers need correcting", errors);
        }
    }
}
