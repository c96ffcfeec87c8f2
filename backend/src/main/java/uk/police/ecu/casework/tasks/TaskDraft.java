package uk.police.ecu.casework.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A user's half-filled answers to one task's form, as the form last held them. */
public record TaskDraft(JsonNode answers, Instant savedAt) {
}
