package uk.police.ecu.casework.fraud;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A crime report the NFIB has sent to the force to act on. */
public record Dissemination(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9/-]{4,40}", message = "must be 4 to 40 letters, digits, / or -")
        String crimeReference,
        @NotBlank @Pattern(regexp = "(?i)NFIB\\d+[A-Z]?", message = "must be an NFIB code such as NFIB1D")
        String nfibCode,
        @NotBlank String victimName) {
}
