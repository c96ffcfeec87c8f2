package uk.police.ecu.casework.recovery;

import static uk.police.ecu.casework.tasks.DecisionFacts.Fact.personal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.tasks.DecisionFacts;

/**
 * What an O2R review decides on: where the participant is on the treatment pathway and how their last review went.
 * A participant's treatment is health information about them, so all of it is personal.
 */
@Component
class RecoveryDecisionFacts {

    private final ParticipantRepository participants;
    private final PathwayStageRepository stages;
    private final ReviewRepository reviews;

    RecoveryDecisionFacts(ParticipantRepository participants, PathwayStageRepository stages, ReviewRepository reviews) {
        this.participants = participants;
        this.stages = stages;
        this.reviews = reviews;
    }

    Optional<DecisionFacts> of(String reference) {
        return participants.nameAndArea(reference).map(p -> new DecisionFacts(List.of(
                new DecisionFacts.Group("The programme", List.of(
                        personal("Pathway stage", pathwayStage(reference)),
                        personal("Last review", lastReview(reference)))))));
    }

    private String pathwayStage(String reference) {
        List<PathwayStage> recorded = stages.of(reference);
        if (recorded.isEmpty()) {
            return "No stage recorded yet";
        }
        PathwayStage latest = recorded.get(recorded.size() - 1);
        return DecisionFacts.words(latest.stage()) + ", since " + DecisionFacts.day(latest.stageDate());
    }

    /** The latest review whose engagement is recorded: the one being worked on now is not "last". */
    private String lastReview(String reference) {
        return reviews.of(reference).stream().filter(r -> r.engagement() != null).findFirst().map(r -> {
            List<String> outcome = new ArrayList<>();
            outcome.add(DecisionFacts.day(r.reviewDate()) + ": " + DecisionFacts.words(r.engagement()));
            if (r.newOffences() != null) {
                outcome.add(r.newOffences() == 1 ? "1 new offence" : r.newOffences() + " new offences");
            }
            if (r.reoffendingDecision() != null) {
                outcome.add("decision: " + DecisionFacts.words(r.reoffendingDecision()).toLowerCase());
            }
            return String.join(", ", outcome);
        }).orElse("No review recorded yet");
    }
}
