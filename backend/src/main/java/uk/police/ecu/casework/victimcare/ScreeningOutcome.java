package uk.police.ecu.casework.victimcare;

import java.util.List;

/**
 * The reasons a victim is referred; none means screened out (recorded, never dropped). With the decision
 * that gave them ({@code key:version}) and the NDM threshold in force, so the listing is the decision's record.
 */
public record ScreeningOutcome(List<String> reasons, String decision, int ndmThreshold) {

    public ScreeningOutcome {
        reasons = List.copyOf(reasons);
    }

    public boolean referred() {
        return !reasons.isEmpty();
    }
}
