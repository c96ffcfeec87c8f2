package uk.police.ecu.casework.fraud;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * Courier fraud has no NFIB code, so the officers who triage mark it on the crime whatever its code; the board
 * report counts the marked crimes. Marking and unmarking are both audited.
 */
@Service
@PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR')")
class CourierFraudMarker {

    record Marker(Boolean courierFraud) {
    }

    private final CrimeRepository crimes;
    private final FraudCaseAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CourierFraudMarker(CrimeRepository crimes, FraudCaseAccess access, CurrentUser currentUser, AuditLog audit) {
        this.crimes = crimes;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional
    Marker mark(String reference, Marker marker) {
        if (marker == null || marker.courierFraud() == null) {
            throw InvalidInputException.field("courierFraud", "Say whether this is courier fraud");
        }
        String key = reference.trim().toUpperCase();
        Optional<Crime> crime = crimes.find(key);
        if (crime.isEmpty() || !access.canSee(currentUser.get(), crime.get())) {
            audit.recordRefusal(AuditEntry.accessRefused("crime", List.of(key), Map.of("exists", crime.isPresent())));
            throw new NotFoundException("There is no such case you can see");
        }
        crimes.markCourierFraud(key, marker.courierFraud());
        audit.record(AuditEntry.alteration("crime", List.of(key),
                Map.of("field", "courierFraud", "courierFraud", marker.courierFraud())));
        return marker;
    }
}
