package uk.police.ecu.casework.recovery;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A shop theft offence: when, how much was stolen, from which retailer. */
public record Offence(@NotNull(message = "Enter the date of the offence")
                      @PastOrPresent(message = "The offence date cannot be in the future") LocalDate offenceDate,
                      @NotNull(message = "Enter the value stolen (0 if nothing)")
                      @DecimalMin(value = "0", message = "The value stolen cannot be negative") BigDecimal valueStolenGbp,
                      String retailer) {
}
