package uk.police.ecu.casework.fraud;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A crime report the NFIB has sent to the force to act on, as the JSON API and the CSV import give it. */
public record Dissemination(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9/-]{4,40}", message = "must be 4 to 40 letters, digits, / or -")
        String crimeReference,
        @NotNull(message = "is required") @PastOrPresent(message = "cannot be in the future")
        LocalDate reportedDate,
        @NotBlank @Pattern(regexp = "(?i)\\s*NFIB\\d+[A-Z]?\\s*", message = "must be an NFIB code such as NFIB1D")
        String nfibCode,
        @NotNull(message = "must be INDIVIDUAL or ORGANISATION")
        VictimType victimType,
        @NotBlank @Size(max = 200)
        String victimName,
        @Past(message = "must be in the past")
        LocalDate victimDateOfBirth,
        @Email @Size(max = 200)
        String victimEmail,
        @Size(max = 40)
        String victimPhone,
        @Size(max = 10)
        String victimPostcode,
        @DecimalMin(value = "0", message = "cannot be negative")
        BigDecimal lossGbp,
        @Min(value = 1, message = "must be from 1 to 10") @Max(value = 10, message = "must be from 1 to 10")
        Integer ndmScore,
        @Size(max = 60)
        String policingArea,
        @Size(max = 4000)
        String summary,
        @Size(max = 4000)
        String suspectDetails) {

    public enum VictimType { INDIVIDUAL, ORGANISATION }

    /** The normalised key: crime references are compared without case or surrounding spaces. */
    public String reference() {
        return crimeReference.trim().toUpperCase();
    }

    public String normalisedNfibCode() {
        return nfibCode.trim().toUpperCase();
    }
}
