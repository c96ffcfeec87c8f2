package uk.police.ecu.casework.tasks;

import java.time.OffsetDateTime;

/** A comment left on a task: who left it (by name) and when, by the product's clock. */
public record TaskComment(String id, String text, String author, OffsetDateTime left) {
}
