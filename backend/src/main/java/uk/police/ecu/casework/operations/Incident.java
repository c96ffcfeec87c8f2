package uk.police.ecu.casework.operations;

import java.time.Instant;

/**
 * An automatic step that failed every time it was tried and now waits for an administrator.
 *
 * @param process the process's name, e.g. "Monthly outcome return"
 * @param businessKey the case or return it belongs to, e.g. a crime reference or "outcome-return-2026-01"
 * @param activity the step's name, e.g. "Submit the return"
 * @param message why it failed, in the words of the step that failed (no stack trace)
 * @param retriesLeft how many more times it will be tried by itself (0 until an administrator retries it)
 */
record Incident(String id, String process, String processInstanceId, String businessKey, String activityId,
                String activity, String message, Instant occurredAt, int retriesLeft) {
}
