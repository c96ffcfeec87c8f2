package uk.police.ecu.casework.recovery;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A pathway stage as recorded through the API or on the enrolment form. */
record NewStage(@NotNull(message = "Choose the pathway stage") PathwayStage.Stage stage,
                @NotNull(message = "Enter the date of the stage")
                @PastOrPresent(message = "The stage date cannot be in the future") LocalDate stageDate,
                PathwayStage.Medication medication,
                PathwayStage.DischargeReason dischargeReason,
                String notes) {
}
