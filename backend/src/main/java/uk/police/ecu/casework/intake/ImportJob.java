package uk.police.ecu.casework.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An import as its uploader follows it: status, progress (rows done of total) and the summary.
 * {@code casesCreated} counts what each good row started: a crime for a dissemination, a listing for
 * a victim list. Only victim lists have {@code referred}, {@code screenedOut} and {@code repeatVictims}.
 * {@code encoding} is what the file was read as: UTF-8, or WINDOWS-1252 as Excel on Windows saves
 * "CSV (Comma delimited)"; absent for a file refused as a whole.
 */
public record ImportJob(UUID id, String kind, String fileName, String fileSha256, long sizeBytes, String uploadedBy,
                        OffsetDateTime uploadedAt, String status, String fileError, int totalRows, int errorRows,
                        int goodRows, int goodRowsDone, int casesCreated, int duplicates, int flagged,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer referred,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer screenedOut,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer repeatVictims,
                        OffsetDateTime finishedAt, String encoding) {

    /** The day it was uploaded, in the force's time zone: a victim list row without a week is listed in its week. */
    public LocalDate uploadedOn(ZoneId zone) {
        return uploadedAt.atZoneSameInstant(zone).toLocalDate();
    }

    /** Rows dealt with so far: refused rows are known from the checking pass, good rows as they land. */
    @JsonProperty
    public int rowsDone() {
        return errorRows + goodRowsDone;
    }
}
