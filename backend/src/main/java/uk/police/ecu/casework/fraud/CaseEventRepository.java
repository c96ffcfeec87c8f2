package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code case_event} table: arrests, charges, new information and the like logged on a case, open or closed;
 * the victim hears of each but new information.
 */
@Repository
class CaseEventRepository {

    /** An event as the case's timeline shows it. */
    record LoggedEvent(OffsetDateTime loggedAt, String loggedBy, String eventType, LocalDate occurredOn,
                       String details) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseEventRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns the new event's id. */
    long log(String reference, String eventType, OffsetDateTime occurredAt, String details, String loggedBy) {
        return jdbc.sql("""
                        INSERT INTO case_event (crime_reference, event_type, occurred_on, occurred_at, details,
                            logged_by, logged_at)
                        VALUES (:crimeReference, :eventType, :occurredOn, :occurredAt, :details, :loggedBy, :loggedAt)
                        RETURNING id""")
                .param("crimeReference", reference)
                .param("eventType", eventType)
                .param("occurredOn", occurredAt.atZoneSameInstant(clock.getZone()).toLocalDate())
                .param("occurredAt", occurredAt)
                .param("details", details)
                .param("loggedBy", loggedBy)
                .param("loggedAt", OffsetDateTime.now(clock))
                .query(Long.class).single();
    }

    List<LoggedEvent> onCase(String reference) {
        return jdbc.sql("""
                        SELECT logged_at, logged_by, event_type, occurred_on, details FROM case_event
                        WHERE crime_reference = :crimeReference""")
                .param("crimeReference", reference)
                .query((rs, n) -> new LoggedEvent(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5)))
                .list();
    }
}
