package uk.police.ecu.casework.fraud;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/** The victim's needs assessments (Right 4) and each recorded change of their needs, on the case timeline. */
@Component
class NeedsAssessmentHistory implements CaseHistorySource {

    static final String ASSESSED = "Victim's needs assessed";
    static final String REASSESSED = "Victim's needs re-assessed";
    static final String CHANGED = "Victim's needs changed";

    private final NeedsAssessmentRepository needs;

    NeedsAssessmentHistory(NeedsAssessmentRepository needs) {
        this.needs = needs;
    }

    @Override
    public List<CaseHistory.Entry> entries(String crimeReference, UnaryOperator<String> name) {
        List<CaseHistory.Entry> entries = new ArrayList<>();
        for (NeedsAssessmentRepository.NeedsChange change : needs.changes(crimeReference)) {
            entries.add(new CaseHistory.Entry(change.changedAt(), name.apply(change.recordedBy()),
                    CHANGED + ": " + change.whatChanged(),
                    change.reassessed() ? "Re-assessed" : "Re-assessment due"));
        }
        for (NeedsAssessmentRepository.Assessment assessment : needs.assessments(crimeReference)) {
            entries.add(new CaseHistory.Entry(assessment.assessedAt(), name.apply(assessment.recordedBy()),
                    (assessment.needsChangeId() == null ? ASSESSED : REASSESSED) + ": Enhanced Rights "
                            + (assessment.enhancedRights() ? "apply" : "do not apply"),
                    assessment.enhancedRightsReason()
                            + (assessment.supportNeeds() == null ? "" : "; support needs: " + assessment.supportNeeds())));
        }
        return entries;
    }
}
