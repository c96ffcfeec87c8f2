package uk.police.ecu.casework.fraud;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/** Each correction of a finalised outcome on the timeline: what it replaced, why, and the return that carried it. */
@Component
class OutcomeCorrectionHistory implements CaseHistorySource {

    static final String CORRECTED = "Outcome corrected";

    private final OutcomeCorrectionRepository corrections;

    OutcomeCorrectionHistory(OutcomeCorrectionRepository corrections) {
        this.corrections = corrections;
    }

    @Override
    public List<CaseHistory.Entry> entries(String crimeReference, UnaryOperator<String> name) {
        return corrections.of(crimeReference).stream()
                .map(c -> new CaseHistory.Entry(c.correctedAt(), name.apply(c.correctedBy()),
                        CORRECTED + ": Home Office outcome " + c.previousHomeOfficeOutcome() + " to "
                                + c.homeOfficeOutcome(),
                        c.reason() + (c.carriedIn() == null ? "; to be sent again in the next monthly return"
                                : "; sent again in the return for " + c.carriedIn().getMonth().getDisplayName(TextStyle.FULL,
                                Locale.UK) + " " + c.carriedIn().getYear())))
                .toList();
    }
}
