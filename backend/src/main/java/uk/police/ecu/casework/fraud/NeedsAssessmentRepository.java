package uk.police.ecu.casework.fraud;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The victim's Right 4 needs assessments and the recorded changes of their needs ({@code V52}). */
@Repository
class NeedsAssessmentRepository {

    record NewAssessment(String reference, Long needsChangeId, OffsetDateTime assessedAt, boolean enhancedRights,
                         String enhancedRightsReason, String supportNeeds, String recordedBy,
                         OffsetDateTime recordedAt) {
    }

    record Assessment(long id, Long needsChangeId, OffsetDateTime assessedAt, boolean enhancedRights,
                      String enhancedRightsReason, String supportNeeds, String recordedBy) {
    }

    record NeedsChange(long id, OffsetDateTime changedAt, String whatChanged, String recordedBy, boolean reassessed) {
    }

    private final JdbcClient jdbc;

    NeedsAssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long record(NewAssessment a) {
        return jdbc.sql("""
                        INSERT INTO needs_assessment (crime_reference, needs_change_id, assessed_at, enhanced_rights,
                            enhanced_rights_reason, support_needs, recorded_by, recorded_at)
                        VALUES (:reference, :changeId, :assessedAt, :enhancedRights, :reason, :supportNeeds, :by, :at)
                        RETURNING id""")
                .param("reference", a.reference())
                .param("changeId", a.needsChangeId())
                .param("assessedAt", a.assessedAt())
                .param("enhancedRights", a.enhancedRights())
                .param("reason", a.enhancedRightsReason())
                .param("supportNeeds", a.supportNeeds())
                .param("by", a.recordedBy())
                .param("at", a.recordedAt())
                .query(Long.class).single();
    }

    long recordChange(String reference, OffsetDateTime changedAt, String whatChanged, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO needs_change (crime_reference, changed_at, what_changed, recorded_by, recorded_at)
                        VALUES (:reference, :changedAt, :whatChanged, :by, :at) RETURNING id""")
                .param("reference", reference)
                .param("changedAt", changedAt)
                .param("whatChanged", whatChanged)
                .param("by", by)
                .param("at", at)
                .query(Long.class).single();
    }

    List<Assessment> assessments(String reference) {
        return jdbc.sql("""
                        SELECT id, needs_change_id, assessed_at, enhanced_rights, enhanced_rights_reason, support_needs,
                               recorded_by
                        FROM needs_assessment WHERE crime_reference = :reference ORDER BY assessed_at, id""")
                .param("reference", reference)
                .query((rs, n) -> new Assessment(rs.getLong("id"), (Long) rs.getObject("needs_change_id"),
                        rs.getObject("assessed_at", OffsetDateTime.class), rs.getBoolean("enhanced_rights"),
                        rs.getString("enhanced_rights_reason"), rs.getString("support_needs"),
                        rs.getString("recorded_by")))
                .list();
    }

    List<NeedsChange> changes(String reference) {
        return jdbc.sql("""
                        SELECT c.id, c.changed_at, c.what_changed, c.recorded_by,
                               EXISTS (SELECT 1 FROM needs_assessment a WHERE a.needs_change_id = c.id) AS reassessed
                        FROM needs_change c WHERE c.crime_reference = :reference ORDER BY c.changed_at, c.id""")
                .param("reference", reference)
                .query((rs, n) -> new NeedsChange(rs.getLong("id"), rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getString("what_changed"), rs.getString("recorded_by"), rs.getBoolean("reassessed")))
                .list();
    }

    Optional<NeedsChange> change(long id) {
        return jdbc.sql("""
                        SELECT c.id, c.changed_at, c.what_changed, c.recorded_by,
                               EXISTS (SELECT 1 FROM needs_assessment a WHERE a.needs_change_id = c.id) AS reassessed
                        FROM needs_change c WHERE c.id = :id""")
                .param("id", id)
                .query((rs, n) -> new NeedsChange(rs.getLong("id"), rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getString("what_changed"), rs.getString("recorded_by"), rs.getBoolean("reassessed")))
                .optional();
    }
}
