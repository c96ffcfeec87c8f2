package uk.police.ecu.casework.fraud;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.tasks.CaseSubjects;
import uk.police.ecu.casework.tasks.TaskSubject;
import uk.police.ecu.casework.tasks.VictimAgeBand;

/** A fraud triage task's subject is the crime's victim; its facts come from the crime record. */
@Component
class FraudTaskSubjects implements CaseSubjects {

    private final CrimeRepository crimes;

    FraudTaskSubjects(CrimeRepository crimes) {
        this.crimes = crimes;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(FraudTriageService.PROCESS_KEY, NfibAmendments.REVIEW_PROCESS_KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(String crimeReference) {
        return crimes.subjectFacts(crimeReference).map(facts -> {
            VictimAgeBand band = VictimAgeBand.on(facts.victimDateOfBirth(), facts.reportedDate());
            return new TaskSubject(facts.victimName(), facts.policingArea(), facts.lossGbp(), facts.nfibCode(),
                    band == null ? null : band.name());
        });
    }

    @Override
    public Set<Role> subjectReaders() {
        return Set.of(Role.ECU_OFFICER, Role.ECU_SUPERVISOR, Role.LOCAL_INVESTIGATOR);
    }
}
