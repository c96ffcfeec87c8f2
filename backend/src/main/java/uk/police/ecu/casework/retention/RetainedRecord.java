package uk.police.ecu.casework.retention;

import java.time.LocalDate;

/** A record held under the schedule: its id, the day its retention clock started, and what it is (no names). */
public record RetainedRecord(String recordId, LocalDate retainedFrom, String summary) {
}
