package uk.police.ecu.casework.fraud;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fraud's door for another unit's enhanced rights finding on a crime the ECU holds: victim care's ECVCU
 * assessment lands in the fraud case's {@code victim_enhanced_rights} through here, so only fraud writes
 * that table. A category the ECU already recorded is kept; its own assessments go through the case.
 */
@Component
public class EnhancedRights {

    private final EnhancedRightsRepository repository;

    EnhancedRights(EnhancedRightsRepository repository) {
        this.repository = repository;
    }

    /**
     * Records the category on the crime, stamped now; true when added. Nothing is added for a crime the
     * ECU does not hold, or for one that already has a category.
     */
    @Transactional
    public boolean recordUnlessRecorded(String crimeReference, String category, String reason, String assessedBy) {
        return repository.addUnlessRecorded(crimeReference, category, reason, assessedBy);
    }
}
