package uk.police.ecu.casework.tasks;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.CaseworkUser;

/** Finds the {@link CaseSubjects} of each process. */
@Component
class CaseSubjectsRegistry {

    // Looked up lazily: the projection is wired into the engine, and features' subjects may need the engine.
    private final ObjectProvider<CaseSubjects> all;

    CaseSubjectsRegistry(ObjectProvider<CaseSubjects> all) {
        this.all = all;
    }

    Optional<TaskSubject> subjectOf(String processKey, String businessKey) {
        return forProcess(processKey).flatMap(s -> s.subjectOf(businessKey));
    }

    /** The victim's communication needs when the task contacts them; empty for any other task. */
    Optional<ContactNeeds> contactNeedsOf(String processKey, String taskType, String businessKey) {
        return forProcess(processKey).filter(s -> s.contactsTheVictim(taskType))
                .flatMap(s -> s.contactNeedsOf(businessKey));
    }

    /** The facts a task's decision rests on; personal facts only to a user who may see the case's subject. */
    Optional<DecisionFacts> decisionFactsOf(CaseworkUser user, String processKey, String taskType, String businessKey) {
        return forProcess(processKey).flatMap(s -> s.decisionFactsOf(businessKey, taskType))
                .map(facts -> maySeeSubject(user, processKey) ? facts : facts.withoutPersonalFacts());
    }

    boolean maySeeSubject(CaseworkUser user, String processKey) {
        return forProcess(processKey).map(CaseSubjects::subjectReaders).orElse(Set.of())
                .stream().anyMatch(user::hasRole);
    }

    /** Processes whose subjects' names the user may see, and so may search by. */
    Set<String> readableProcesses(CaseworkUser user) {
        return all.orderedStream().filter(s -> s.subjectReaders().stream().anyMatch(user::hasRole))
                .flatMap(s -> s.processKeys().stream()).collect(Collectors.toSet());
    }

    private Optional<CaseSubjects> forProcess(String processKey) {
        List<CaseSubjects> subjects = all.orderedStream().toList();
        return subjects.stream().filter(s -> s.processKeys().contains(processKey)).findFirst();
    }
}
