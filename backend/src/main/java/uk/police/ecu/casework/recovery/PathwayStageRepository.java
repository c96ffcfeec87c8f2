package uk.police.ecu.casework.recovery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The treatment pathway ({@code o2r_pathway_stage}). */
@Repository
class PathwayStageRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    PathwayStageRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Records a stage whose answers were checked ({@link NewStage#check}). */
    PathwayStage add(String participant, NewStage stage, String by) {
        long id = jdbc.sql("""
                INSERT INTO o2r_pathway_stage (participant, stage, stage_date, medication, discharge_reason, notes, recorded_by,
                    recorded_at)
                VALUES (:participant, :stage, :stageDate, :medication, :dischargeReason, :notes, :by, :at) RETURNING id""")
                .param("participant", participant).param("stage", stage.stage().name())
                .param("stageDate", stage.stageDate())
                .param("medication", stage.medication() == null ? null : stage.medication().name())
                .param("dischargeReason", stage.dischargeReason() == null ? null : stage.dischargeReason().name())
                .param("notes", stage.notes()).param("by", by).param("at", OffsetDateTime.now(clock))
                .query(Long.class).single();
        return new PathwayStage(id, stage.stage().name(), stage.stageDate(),
                stage.medication() == null ? null : stage.medication().name(),
                stage.dischargeReason() == null ? null : stage.dischargeReason().name(), stage.notes(), by);
    }

    List<PathwayStage> of(String participant) {
        return jdbc.sql("SELECT * FROM o2r_pathway_stage WHERE participant = :participant ORDER BY stage_date, id")
                .param("participant", participant).query(PathwayStage.class).list();
    }
}
