package uk.police.ecu.casework.fraud;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.tasks.CaseSubjects;
import uk.police.ecu.casework.tasks.ContactNeeds;
import uk.police.ecu.casework.tasks.DecisionFacts;
import uk.police.ecu.casework.tasks.TaskSubject;
import uk.police.ecu.casework.tasks.VictimAgeBand;

/** A fraud triage task's subject is the crime's victim; its facts come from the crime record. */
@Component
class FraudTaskSubjects implements CaseSubjects {

    private final CrimeRepository crimes;
    private final CaseCommunicationNeeds communicationNeeds;
    private final FraudDecisionFacts decisionFacts;

    FraudTaskSubjects(CrimeRepository crimes, CaseCommunicationNeeds communicationNeeds,
                      FraudDecisionFacts decisionFacts) {
        this.crimes = crimes;
        this.communicationNeeds = communicationNeeds;
        this.decisionFacts = decisionFacts;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(FraudTriageService.PROCESS_KEY, NfibAmendments.REVIEW_PROCESS_KEY, ClosedCaseEvents.PROCESS_KEY);
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

    /**
     * Every "tell the victim" task contacts the victim (the officer named, an event, a decision, a new officer), and so
     * does offering a Victim Personal Statement (after a charge outcome or a charge logged on the case).
     */
    @Override
    public boolean contactsTheVictim(String taskType) {
        return taskType != null
                && (taskType.startsWith("Task_TellVictim") || taskType.startsWith("Task_OfferPersonalStatement"));
    }

    @Override
    public Optional<ContactNeeds> contactNeedsOf(String crimeReference) {
        return crimes.find(crimeReference).map(crime -> new ContactNeeds(
                communicationNeeds.shownFor(crime.crimeReference()).orElse(null), "/cases/" + crime.crimeReference()));
    }

    @Override
    public Optional<DecisionFacts> decisionFactsOf(String crimeReference, String taskType) {
        return decisionFacts.of(crimeReference, taskType);
    }
}
