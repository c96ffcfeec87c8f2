package uk.police.ecu.casework.tasks;

/** A comment to leave on a task. */
record CommentRequest(String comment) {
}
