package uk.police.ecu.casework.fraud;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code filing_approval_threshold} settings. */
@Repository
class FilingApprovalThresholdRepository {

    private final JdbcClient jdbc;

    FilingApprovalThresholdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FilingApprovalThreshold> all() {
        return jdbc.sql("""
                        SELECT name, description, value, changed_by, changed_at FROM filing_approval_threshold
                        ORDER BY CASE name WHEN 'LOSS_GBP' THEN 1 WHEN 'VICTIM_AGE' THEN 2 WHEN 'NDM_SCORE' THEN 3
                            WHEN 'REPEAT_VICTIM_REPORTS' THEN 4 ELSE 5 END""")
                .query(FilingApprovalThreshold.class).list();
    }

    Optional<FilingApprovalThreshold> find(String name) {
        return jdbc.sql("""
                        SELECT name, description, value, changed_by, changed_at FROM filing_approval_threshold
                        WHERE name = :name FOR UPDATE""")
                .param("name", name).query(FilingApprovalThreshold.class).optional();
    }

    void change(String name, int value, String changedBy, OffsetDateTime changedAt) {
        jdbc.sql("""
                        UPDATE filing_approval_threshold SET value = :value, changed_by = :changedBy,
                        changed_at = :changedAt WHERE name = :name""")
                .param("name", name).param("value", value).param("changedBy", changedBy)
                .param("changedAt", changedAt).update();
    }
}
