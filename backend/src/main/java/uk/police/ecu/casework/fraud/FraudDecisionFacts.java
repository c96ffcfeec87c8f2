package uk.police.ecu.casework.fraud;

import static uk.police.ecu.casework.tasks.DecisionFacts.Fact.about;
import static uk.police.ecu.casework.tasks.DecisionFacts.Fact.personal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.NfibFraudType;
import uk.police.ecu.casework.reference.ReferenceDataRepository;
import uk.police.ecu.casework.tasks.DecisionFacts;
import uk.police.ecu.casework.tasks.VictimAgeBand;

/**
 * What triage and filing approval decide on, from the crime: its fraud type, loss, NDM score and lines of
 * enquiry, and its victim's age band, any enhanced-rights (vulnerability) category and whether they are a repeat
 * victim. The crime holds no repeat-victim fact, so it is derived as the filing-approval decision derives it
 * ({@link RepeatVictims}, against the administrator's current settings); a victim who cannot be matched (no name or
 * date of birth, or an organisation) is "Not recorded", never "No".
 */
@Component
class FraudDecisionFacts {

    private static final Set<String> DECISION_TASKS = Set.of("Task_Triage", "Task_ApproveFiling");

    private static final Map<String, String> ENHANCED_RIGHTS = Map.of(
            "MOST_SERIOUS_CRIME", "Victim of the most serious crime",
            "PERSISTENTLY_TARGETED", "Persistently targeted",
            "VULNERABLE", "Vulnerable",
            "INTIMIDATED", "Intimidated");

    private final CrimeRepository crimes;
    private final EnhancedRightsRepository enhancedRights;
    private final ReferenceDataRepository referenceData;
    private final RepeatVictims repeatVictims;
    private final FilingApprovalThresholds thresholds;

    FraudDecisionFacts(CrimeRepository crimes, EnhancedRightsRepository enhancedRights,
                       ReferenceDataRepository referenceData, RepeatVictims repeatVictims,
                       FilingApprovalThresholds thresholds) {
        this.crimes = crimes;
        this.enhancedRights = enhancedRights;
        this.referenceData = referenceData;
        this.repeatVictims = repeatVictims;
        this.thresholds = thresholds;
    }

    Optional<DecisionFacts> of(String crimeReference, String taskType) {
        if (!DECISION_TASKS.contains(taskType)) {
            return Optional.empty();
        }
        return crimes.find(crimeReference).map(crime -> new DecisionFacts(List.of(
                new DecisionFacts.Group("The crime", crimeFacts(crime, taskType)),
                new DecisionFacts.Group("The victim", victimFacts(crime)))));
    }

    private List<DecisionFacts.Fact> crimeFacts(Crime crime, String taskType) {
        List<DecisionFacts.Fact> facts = new ArrayList<>();
        facts.add(about("Fraud type", fraudType(crime.nfibCode())));
        facts.add(personal("Loss", DecisionFacts.money(crime.lossGbp())));
        facts.add(about("NDM score", crime.ndmScore() == null ? null : crime.ndmScore() + " out of 10"));
        List<String> lines = crimes.linesOfEnquiry(crime.crimeReference());
        facts.add(about("Lines of enquiry", lines.isEmpty() ? "None recorded" : String.join("; ", lines)));
        if ("Task_ApproveFiling".equals(taskType)) {
            facts.add(about("Why filing is proposed", crime.filingRationale()));
        }
        return facts;
    }

    private List<DecisionFacts.Fact> victimFacts(Crime crime) {
        VictimAgeBand band = VictimAgeBand.on(crime.victimDateOfBirth(), crime.reportedDate());
        String vulnerability = enhancedRights.find(crime.crimeReference())
                .map(a -> ENHANCED_RIGHTS.getOrDefault(a.category(), DecisionFacts.words(a.category())) + ": " + a.reason())
                .orElse("No enhanced rights assessment recorded");
        return List.of(
                about("Victim type", DecisionFacts.words(crime.victimType())),
                personal("Age band", band == null ? null : band.label()),
                personal("Vulnerability (Victims' Code)", vulnerability),
                personal("Repeat victim", repeatVictim(crime)));
    }

    /** "Yes: 2 reports in 12 months" or "No: 1 report in 12 months"; null when the victim cannot be matched. */
    private String repeatVictim(Crime crime) {
        Map<String, Object> settings = thresholds.asVariables();
        int months = (Integer) settings.get(FilingApprovalThresholds.REPEAT_VICTIM_MONTHS);
        Integer reports = repeatVictims.reportsWithin(crime, months);
        if (reports == null) {
            return null;
        }
        boolean repeat = reports >= (Integer) settings.get(FilingApprovalThresholds.REPEAT_VICTIM_THRESHOLD);
        return "%s: %d report%s in %d months".formatted(DecisionFacts.yesOrNo(repeat), reports,
                reports == 1 ? "" : "s", months);
    }

    private String fraudType(String nfibCode) {
        if (nfibCode == null) {
            return null;
        }
        return referenceData.nfibFraudTypes().stream().filter(t -> t.code().equals(nfibCode)).findFirst()
                .map(NfibFraudType::name).map(name -> nfibCode + ": " + name).orElse(nfibCode);
    }
}
