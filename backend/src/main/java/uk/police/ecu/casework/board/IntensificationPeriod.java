package uk.police.ecu.casework.board;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A national campaign on some fraud types between two dates, as its page lists it; {@code changedBy} and
 * {@code changedAt} are null for the campaign seeded from the board papers until someone corrects it.
 */
record IntensificationPeriod(long id, String name, List<FraudType> fraudTypes, LocalDate startsOn, LocalDate endsOn,
                             String source, String changedBy, OffsetDateTime changedAt) {

    record FraudType(String code, String label) {
    }

    List<String> codes() {
        return fraudTypes.stream().map(FraudType::code).toList();
    }
}
