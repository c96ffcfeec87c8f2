package uk.police.ecu.casework.recovery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;

/** The treatment pathway ({@code o2r_pathway_stage}). */
@Repository
class PathwayStages {

    private final JdbcClient jdbc;
    private final Clock clock;

    PathwayStages(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Checks the answers that depend on the stage, then records it. */
    PathwayStage add(String participant, NewStage stage, String by) {
        check(stage, "");
        long id = jdbc.sql("""
                INSERT INTO o2r_pathway_stage (participant, stage, stage_date, medication, discharge_reason, notes, recorded_by,
                    recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(participant, stage.stage().name(), stage.stageDate(),
                        stage.medication() == null ? null : stage.medication().name(),
                        stage.dischargeReason() == null ? null : stage.dischargeReason().name(), stage.notes(), by,
                        OffsetDateTime.now(clock))
                .query(Long.class).single();
        return new PathwayStage(id, stage.stage().name(), stage.stageDate(),
                stage.medication() == null ? null : stage.medication().name(),
                stage.dischargeReason() == null ? null : stage.dischargeReason().name(), stage.notes(), by);
    }

    List<PathwayStage> of(String participant) {
        return jdbc.sql("SELECT * FROM o2r_pathway_stage WHERE participant = ? ORDER BY stage_date, id")
                .param(participant).query(PathwayStage.class).list();
    }

    /** Prescribing names what is prescribed; an early discharge says why; other stages have neither. */
    static void check(NewStage stage, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        boolean prescribing = stage.stage() == PathwayStage.Stage.PRESCRIBING;
        boolean earlyDischarge = stage.stage() == PathwayStage.Stage.REHAB_EARLY_DISCHARGE;
        if (prescribing && stage.medication() == null) {
            errors.add(new FieldError(prefix + "medication", "Choose what is prescribed"));
        }
        if (!prescribing && stage.medication() != null) {
            errors.add(new FieldError(prefix + "medication", "Only a prescribing stage has a medication"));
        }
        if (earlyDischarge && stage.dischargeReason() == null) {
            errors.add(new FieldError(prefix + "dischargeReason", "Choose why the participant was discharged early"));
        }
        if (!earlyDischarge && stage.dischargeReason() != null) {
            errors.add(new FieldError(prefix + "dischargeReason", "Only an early discharge from rehab has a discharge reason"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some answers need correcting", errors);
        }
    }
}
