package uk.police.ecu.casework.board;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.reference.ReferenceDataRepository;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * Supervisors add a national campaign when it is announced and correct it (its dates above all) afterwards.
 * A campaign is never deleted: one that happened stays on the board's record. Every add and change is audited.
 */
@Service
class IntensificationPeriodService {

    static final String RECORD_TYPE = "intensification-period";

    private final IntensificationPeriodRepository campaigns;
    private final ReferenceDataRepository referenceData;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    IntensificationPeriodService(IntensificationPeriodRepository campaigns, ReferenceDataRepository referenceData,
                                 AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.referenceData = referenceData;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    List<IntensificationPeriod> list() {
        return campaigns.all();
    }

    @Transactional
    IntensificationPeriod add(IntensificationPeriodChange asked) {
        IntensificationPeriodChange campaign = asked.checked(referenceData.nfibCodes(),
                name -> campaigns.nameTaken(name, null));
        long id = campaigns.add(campaign, currentUser.get().username(), Instant.now(clock));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", campaign.name());
        details.put("startsOn", campaign.startsOn().toString());
        details.put("endsOn", campaign.endsOn().toString());
        details.put("fraudTypes", campaign.fraudTypes());
        details.put("source", campaign.source());
        audit.record(AuditEntry.collection(RECORD_TYPE, List.of(String.valueOf(id)), details));
        return find(id);
    }

    /** Audited with each field that changed, as it was and as it is now. */
    @Transactional
    IntensificationPeriod change(String id, IntensificationPeriodChange asked) {
        IntensificationPeriod before = find(number(id));
        IntensificationPeriodChange campaign = asked.checked(referenceData.nfibCodes(),
                name -> campaigns.nameTaken(name, before.id()));
        campaigns.change(before.id(), campaign, currentUser.get().username(), Instant.now(clock));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("campaign", campaign.name());
        changed(details, "name", before.name(), campaign.name());
        changed(details, "startsOn", before.startsOn().toString(), campaign.startsOn().toString());
        changed(details, "endsOn", before.endsOn().toString(), campaign.endsOn().toString());
        changed(details, "fraudTypes", before.codes(), campaign.fraudTypes());
        changed(details, "source", before.source(), campaign.source());
        audit.record(AuditEntry.alteration(RECORD_TYPE, List.of(String.valueOf(before.id())), details));
        return find(before.id());
    }

    private static void changed(Map<String, Object> details, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            details.put(field + "Before", from);
            details.put(field, to);
        }
    }

    private IntensificationPeriod find(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("There is no campaign " + id));
    }

    /** The campaign's id as the page's address gives it; anything but a number names no campaign. */
    private static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no campaign " + id);
        }
    }
}
