package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/** Deliveries of counted protect resources: stock goes up by the quantity delivered, recorded and audited. */
@Component
class ResourceDeliveries {

    /** {@code quantity}: how many arrived, a whole number; {@code receivedOn}: the day, today when not given. */
    record NewDelivery(Object quantity, LocalDate receivedOn) {
    }

    static final String PROTECT_RESOURCE = "protect-resource";

    private final ProtectResourceRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ResourceDeliveries(ProtectResourceRepository repository, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the delivery and returns the resource's stock after it; the stock and its audit change together. */
    @Transactional
    public ProtectResourceRepository.Stock record(String resource, NewDelivery delivery) {
        if (delivery == null) {
            throw InvalidInputException.field("quantity", "Enter how many were delivered");
        }
        int quantity = quantity(delivery.quantity());
        LocalDate today = LocalDate.now(clock);
        LocalDate receivedOn = delivery.receivedOn() == null ? today : delivery.receivedOn();
        if (receivedOn.isAfter(today)) {
            throw InvalidInputException.field("receivedOn", "The delivery date must be today or in the past");
        }
        boolean counted = repository.addDelivery(new ProtectResourceRepository.Delivery(resource, quantity, receivedOn,
                currentUser.get().username(), clock.instant()));
        if (!counted) {
            throw new NotFoundException("There is no counted stock of " + resource);
        }
        audit.record(AuditEntry.alteration(PROTECT_RESOURCE, List.of(resource),
                Map.of("delivered", quantity, "receivedOn", receivedOn.toString())));
        return repository.stock().stream().filter(s -> s.resource().equals(resource)).findFirst().orElseThrow();
    }

    List<ProtectResourceRepository.Delivery> deliveries(String resource) {
        if (repository.stock().stream().noneMatch(s -> s.resource().equals(resource))) {
            throw new NotFoundException("There is no counted stock of " + resource);
        }
        return repository.deliveries(resource);
    }

    /** A positive whole number, whether sent as a number or as the text typed into the form. */
    private static int quantity(Object given) {
        String text = given == null ? "" : given.toString().trim();
        if (text.isEmpty()) {
            throw InvalidInputException.field("quantity", "Enter how many were delivered");
        }
        if (!text.matches("\\d{1,6}")) {
            throw InvalidInputException.field("quantity", "How many were delivered must be a whole number, like 10");
        }
        int quantity = Integer.parseInt(text);
        if (quantity < 1) {
            throw InvalidInputException.field("quantity", "How many were delivered must be 1 or more");
        }
        return quantity;
    }
}
