package uk.police.ecu.casework.tasks;

import uk.police.ecu.casework.security.CaseworkUser;

/** The task being completed and who is completing it. */
public record WorkedTask(String id, String taskKey, String caseReference, String processInstanceId,
                         CaseworkUser user) {
}
