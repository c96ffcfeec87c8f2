package uk.police.ecu.casework.victimcare;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.tasks.CaseSubjects;
import uk.police.ecu.casework.tasks.ContactNeeds;
import uk.police.ecu.casework.tasks.DecisionFacts;
import uk.police.ecu.casework.tasks.TaskSubject;
import uk.police.ecu.casework.tasks.VictimAgeBand;

/** A victim care task's subject is the referred victim; only victim care officers see their name on a task row. */
@Component
class VictimCareTaskSubjects implements CaseSubjects {

    /** The tasks at which an officer speaks to, writes to or visits the victim. */
    private static final Set<String> CONTACT_TASKS = Set.of("Task_FirstContact", "Task_ContactPlan",
            "Task_PlannedContact");

    private final ReferralRepository referrals;
    private final VictimCommunicationNeeds communicationNeeds;
    private final VictimCareDecisionFacts decisionFacts;

    VictimCareTaskSubjects(ReferralRepository referrals, VictimCommunicationNeeds communicationNeeds,
                           VictimCareDecisionFacts decisionFacts) {
        this.referrals = referrals;
        this.communicationNeeds = communicationNeeds;
        this.decisionFacts = decisionFacts;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(VictimCareReferrals.PROCESS_KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(String referralReference) {
        return referrals.referredVictim(referralReference).map(victim -> {
            VictimAgeBand band = VictimAgeBand.on(victim.dateOfBirth(), victim.reportedDate());
            String name = victim.forename() + " " + victim.surname() + (victim.repeatVictim() ? " (repeat victim)" : "");
            return new TaskSubject(name, null, victim.lossGbp(), victim.nfibCode(), band == null ? null : band.name());
        });
    }

    @Override
    public Set<Role> subjectReaders() {
        return Set.of(Role.VICTIM_CARE_OFFICER);
    }

    @Override
    public boolean contactsTheVictim(String taskType) {
        return CONTACT_TASKS.contains(taskType);
    }

    @Override
    public Optional<ContactNeeds> contactNeedsOf(String referralReference) {
        return communicationNeeds.referredPerson(referralReference).map(person -> new ContactNeeds(
                communicationNeeds.shownForReferral(person).orElse(null),
                "/victim-care/victims/" + person.victimId()));
    }

    /** Every victim care task decides something about the victim's care, so each shows the same facts. */
    @Override
    public Optional<DecisionFacts> decisionFactsOf(String referralReference, String taskType) {
        return decisionFacts.of(referralReference);
    }
}
