package uk.police.ecu.casework.sla;

import java.time.Instant;
import java.util.List;
import uk.police.ecu.casework.security.UserRepository;

/**
 * What a supervisor needs beside the breach review form: the breach, whether the late work is still
 * open, and (when the reviewer supervises its team) who it can be given to.
 */
public record BreachReviewContext(long clockId, String slaName, String team, String teamName, Instant startedAt,
                                  Instant dueAt, Instant breachedAt, String result, boolean lateWorkOpen,
                                  List<UserRepository.TeamMember> reassignableTo) {
}
