package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code investigation_plan_action} table: the actions of a case's investigation plan, each with an owner and a date. */
@Repository
class InvestigationPlanActionRepository {

    /** An action as the case's timeline shows it. */
    record PlannedAction(OffsetDateTime recordedAt, String recordedBy, String description, String owner,
                         LocalDate dueDate) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    InvestigationPlanActionRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(String reference, String description, String owner, LocalDate dueDate, String recordedBy) {
        jdbc.sql("""
                        INSERT INTO investigation_plan_action (crime_reference, description, owner, due_date, recorded_by, recorded_at)
                        VALUES (:crimeReference, :description, :owner, :dueDate, :recordedBy, :recordedAt)""")
                .param("crimeReference", reference)
                .param("description", description)
                .param("owner", owner)
                .param("dueDate", dueDate)
                .param("recordedBy", recordedBy)
                .param("recordedAt", OffsetDateTime.now(clock))
                .update();
    }

    List<PlannedAction> onCase(String reference) {
        return jdbc.sql("""
                        SELECT recorded_at, recorded_by, description, owner, due_date FROM investigation_plan_action
                        WHERE crime_reference = :crimeReference""")
                .param("crimeReference", reference)
                .query((rs, n) -> new PlannedAction(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate()))
                .list();
    }
}
