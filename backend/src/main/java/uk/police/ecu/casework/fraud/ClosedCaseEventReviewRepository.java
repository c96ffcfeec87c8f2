package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code closed_case_event_review} table: a supervisor's decision on an event logged on a closed case, or on
 * an NFIB amendment to one.
 */
@Repository
class ClosedCaseEventReviewRepository {

    /** A decision as the case's timeline shows it. */
    record Decision(OffsetDateTime decidedAt, String decidedBy, String decision, String reason, String eventType) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ClosedCaseEventReviewRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String reference, long caseEventId, String decision, String reason, String decidedBy) {
        jdbc.sql("""
                        INSERT INTO closed_case_event_review (crime_reference, case_event_id, decision, reason,
                            decided_by, decided_at)
                        VALUES (:crimeReference, :caseEventId, :decision, :reason, :decidedBy, :decidedAt)""")
                .param("crimeReference", reference)
                .param("caseEventId", caseEventId)
                .param("decision", decision)
                .param("reason", reason)
                .param("decidedBy", decidedBy)
                .param("decidedAt", OffsetDateTime.now(clock))
                .update();
    }

    void recordOnAmendment(String reference, long amendmentId, String decision, String reason, String decidedBy) {
        jdbc.sql("""
                        INSERT INTO closed_case_event_review (crime_reference, crime_amendment_id, decision, reason,
                            decided_by, decided_at)
                        VALUES (:crimeReference, :amendmentId, :decision, :reason, :decidedBy, :decidedAt)""")
                .param("crimeReference", reference)
                .param("amendmentId", amendmentId)
                .param("decision", decision)
                .param("reason", reason)
                .param("decidedBy", decidedBy)
                .param("decidedAt", OffsetDateTime.now(clock))
                .update();
    }

    /** Each decision with the type of the event it answered; an NFIB amendment is an "amended dissemination". */
    List<Decision> onCase(String reference) {
        return jdbc.sql("""
                        SELECT r.decided_at, r.decided_by, r.decision, r.reason,
                            coalesce(e.event_type, :amended) AS event_type
                        FROM closed_case_event_review r LEFT JOIN case_event e ON e.id = r.case_event_id
                        WHERE r.crime_reference = :crimeReference""")
                .param("crimeReference", reference)
                .param("amended", ClosedCaseEvents.AMENDED_DISSEMINATION)
                .query((rs, n) -> new Decision(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }
}
