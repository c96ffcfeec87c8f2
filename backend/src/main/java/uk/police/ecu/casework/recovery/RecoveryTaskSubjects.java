package uk.police.ecu.casework.recovery;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.tasks.CaseSubjects;
import uk.police.ecu.casework.tasks.DecisionFacts;
import uk.police.ecu.casework.tasks.TaskSubject;

/**
 * An O2R task's subject is the participant. Their name shows only to O2R officers and drug referral
 * workers; the tasks themselves are offered only to the teams of the participant's area.
 */
@Component
class RecoveryTaskSubjects implements CaseSubjects {

    private final ParticipantRepository participants;
    private final RecoveryDecisionFacts decisionFacts;

    RecoveryTaskSubjects(ParticipantRepository participants, RecoveryDecisionFacts decisionFacts) {
        this.participants = participants;
        this.decisionFacts = decisionFacts;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(RecoveryProcess.PROCESS_KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(String reference) {
        return participants.nameAndArea(reference)
                .map(p -> new TaskSubject(p.name(), p.area(), null, null, null));
    }

    @Override
    public Set<Role> subjectReaders() {
        return Set.of(Role.O2R_OFFICER, Role.DRUG_REFERRAL_WORKER);
    }

    @Override
    public Optional<DecisionFacts> decisionFactsOf(String reference, String taskType) {
        return decisionFacts.of(reference);
    }
}
