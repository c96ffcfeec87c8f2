package uk.police.ecu.casework.victimcare;

import static uk.police.ecu.casework.tasks.DecisionFacts.Fact.personal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.DecisionFacts;

/**
 * What a victim care officer decides on at a referral's tasks: why the victim was referred, the screening and
 * vulnerability answers of the first contact, and every earlier contact or attempt (when, what happened, by whom).
 * The victim's communication needs are shown on contact tasks by their own panel, so not repeated here. All of it
 * is about the victim, so all of it is personal.
 */
@Component
class VictimCareDecisionFacts {

    private final ReferralDetailRepository rows;
    private final Clock clock;

    VictimCareDecisionFacts(ReferralDetailRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    Optional<DecisionFacts> of(String reference) {
        return rows.head(reference).map(head -> new DecisionFacts(List.of(
                new DecisionFacts.Group("The referral", List.of(
                        personal("Why referred", String.join("; ", head.screeningReasons().stream().map(DecisionFacts::words).toList())),
                        personal("Fraud type", head.nfibCode()),
                        personal("Repeat victim", DecisionFacts.yesOrNo(head.repeatVictim())))),
                new DecisionFacts.Group("Vulnerability", vulnerability(reference)),
                new DecisionFacts.Group("Previous contacts", previousContacts(reference)))));
    }

    private List<DecisionFacts.Fact> vulnerability(String reference) {
        return rows.assessment(reference).map(a -> {
            ReferralDetail.Vulnerability v = a.vulnerability();
            List<DecisionFacts.Fact> facts = new ArrayList<>();
            if (v != null) {
                facts.add(personal("Lives alone", DecisionFacts.yesOrNo(v.livesAlone())));
                facts.add(personal("Health or cognitive condition", DecisionFacts.yesOrNo(v.healthOrCognitiveCondition())));
                facts.add(personal("Still in contact with the suspect",
                        DecisionFacts.yesOrNo(v.stillInContactWithSuspect())));
                facts.add(personal("Significant financial hardship",
                        DecisionFacts.yesOrNo(v.significantFinancialHardship())));
                facts.add(personal("Low digital confidence", DecisionFacts.yesOrNo(v.lowDigitalConfidence())));
            }
            facts.add(personal("Wants support", DecisionFacts.yesOrNo(a.wantsSupport())));
            facts.add(personal("Support level", DecisionFacts.words(a.supportLevel())));
            ReferralDetail.EnhancedRights rights = a.enhancedRights();
            facts.add(personal("Enhanced rights (Victims' Code)", rights == null || !rights.qualifies() ? "No"
                    : "Yes: " + String.join("; ", rights.reasons().stream().map(DecisionFacts::words).toList())));
            return facts;
        }).orElse(List.of(personal("Vulnerability", "Not assessed yet: it is assessed at first contact")));
    }

    /** Newest first: the first contact's assessment, each logged planned contact and each failed attempt. */
    private List<DecisionFacts.Fact> previousContacts(String reference) {
        List<Contact> contacts = new ArrayList<>();
        rows.assessment(reference).ifPresent(a -> contacts.add(new Contact(a.contactedOn(),
                "First contact" + (a.channel() == null ? "" : " (" + DecisionFacts.words(a.channel()).toLowerCase() + ")"),
                a.assessedBy())));
        rows.plannedContacts(reference).stream().filter(c -> c.logged() != null).forEach(c -> contacts.add(
                new Contact(c.logged().contactedOn(), "Planned contact: " + DecisionFacts.words(c.logged().outcome()),
                        c.logged().recordedBy())));
        rows.attempts(reference).forEach(a -> contacts.add(new Contact(day(a.attemptedAt()),
                "Attempt: " + DecisionFacts.words(a.outcome()), a.recordedBy())));
        if (contacts.isEmpty()) {
            return List.of(personal("Contacts", "None yet"));
        }
        return contacts.stream().sorted(Comparator.comparing(Contact::on, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(c -> personal(DecisionFacts.day(c.on()), c.what() + (c.by() == null ? "" : ", by " + c.by())))
                .toList();
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toLocalDate();
    }

    private record Contact(LocalDate on, String what, String by) {
    }
}
