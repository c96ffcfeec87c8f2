package uk.police.ecu.casework.victimcare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.InvalidInputException;

/** Protect resources given to victims. Counted stock (call blockers, POCA-funded) goes down by one for each issued. */
@Component
class ProtectResources {

    private final ProtectResourceRepository repository;

    ProtectResources(ProtectResourceRepository repository) {
        this.repository = repository;
    }

    /** Issues each resource once; refused, with nothing issued, when counted stock has run out. */
    void issue(String referralReference, UUID contactId, Collection<ProtectResource> resources, LocalDate issuedOn,
               String issuedBy) {
        for (ProtectResource resource : resources) {
            boolean taken = repository.takeOne(resource);
            boolean counted = taken || repository.counted(resource);
            if (counted && !taken) {
                throw InvalidInputException.field("resources", "No " + plural(resource) + " are left in stock");
            }
            repository.recordIssue(referralReference, contactId, resource, issuedOn, issuedBy);
        }
    }

    private String plural(ProtectResource resource) {
        return repository.name(resource).toLowerCase() + "s";
    }
}
