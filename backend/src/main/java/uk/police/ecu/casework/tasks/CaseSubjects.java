package uk.police.ecu.casework.tasks;

import java.util.Optional;
import java.util.Set;
import uk.police.ecu.casework.security.Role;

/**
 * What a process's cases contribute to the task list. Each process feature provides one, so the task
 * list never reads process variables to find a case's subject.
 */
public interface CaseSubjects {

    /** The process definition keys whose tasks this describes. */
    Set<String> processKeys();

    /** The case's facts, read by its business key; empty if the case is not known. */
    Optional<TaskSubject> subjectOf(String businessKey);

    /** Roles that may see the subject's name on a task row (everyone else sees only the reference). */
    Set<Role> subjectReaders();

    /** Whether a task of this type contacts the victim, and so shows their communication needs. */
    default boolean contactsTheVictim(String taskType) {
        return false;
    }

    /** The victim's communication needs for a contact task of the case; empty if the case is not known. */
    default Optional<ContactNeeds> contactNeedsOf(String businessKey) {
        return Optional.empty();
    }

    /**
     * The facts a decision at a task of this type rests on, read from the case by its business key; empty when the
     * task type needs none or the case is not known.
     */
    default Optional<DecisionFacts> decisionFactsOf(String businessKey, String taskType) {
        return Optional.empty();
    }
}
