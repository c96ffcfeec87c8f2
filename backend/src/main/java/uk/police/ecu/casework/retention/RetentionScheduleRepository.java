package uk.police.ecu.casework.retention;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code retention_schedule} table, seeded by migration. */
@Repository
class RetentionScheduleRepository {

    private final JdbcClient jdbc;

    RetentionScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ScheduleEntry> all(Set<String> erasableTypes) {
        return jdbc.sql("""
                        SELECT record_type, name, review_after_months, measured_from, at_review, basis
                        FROM retention_schedule ORDER BY name""")
                .query((rs, n) -> new ScheduleEntry(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), erasableTypes.contains(rs.getString(1))))
                .list();
    }
}
