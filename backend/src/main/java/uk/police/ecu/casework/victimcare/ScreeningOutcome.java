package uk.police.ecu.casework.victimcare;

import java.util.List;

/** The reasons a victim is referred; none means screened out (recorded, never dropped). */
public record ScreeningOutcome(List<String> reasons) {

    public ScreeningOutcome {
        reasons = List.copyOf(reasons);
    }

    public boolean referred() {
        return !reasons.isEmpty();
    }
}
