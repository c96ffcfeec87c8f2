package uk.police.ecu.casework.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads SLA definitions, choosing the version a new clock starts under. */
@Repository
public class SlaDefinitions {

    private final JdbcClient jdbc;

    SlaDefinitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The definitions whose clock starts on this event, one version each: for a Victims' Code SLA the
     * version of the Code the case started under (so a new Code never changes a running case), otherwise
     * the latest version in effect on {@code today}.
     */
    List<SlaDefinition> startingOn(String processKey, SlaDefinition.StartTrigger trigger, String element,
                                   String caseCodeVersion, LocalDate today) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (id) * FROM sla_definition
                        WHERE process_key = :processKey AND start_trigger = :trigger
                          AND start_element IS NOT DISTINCT FROM :element
                          AND (effective_from <= :today OR victims_code_version = :codeVersion)
                        ORDER BY id, (victims_code_version IS NOT NULL AND victims_code_version = :codeVersion) DESC,
                                 effective_from DESC, version DESC""")
                .param("processKey", processKey).param("trigger", trigger.name()).param("element", element)
                .param("today", today).param("codeVersion", caseCodeVersion)
                .query(SlaDefinitions::map).list();
    }

    public List<SlaDefinition> all() {
        return jdbc.sql("SELECT * FROM sla_definition ORDER BY id, version").query(SlaDefinitions::map).list();
    }

    static SlaDefinition map(ResultSet rs, int row) throws SQLException {
        return new SlaDefinition(rs.getString("id"), rs.getInt("version"), rs.getString("name"),
                rs.getString("process_key"), SlaDefinition.StartTrigger.valueOf(rs.getString("start_trigger")),
                rs.getString("start_element"), rs.getString("stop_element"),
                SlaDefinition.DueRule.valueOf(rs.getString("due_rule")), (Integer) rs.getObject("due_amount"),
                rs.getInt("warning_percent"), rs.getString("accountable_team"), rs.getString("victims_code_version"),
                rs.getObject("effective_from", LocalDate.class), rs.getString("description"));
    }
}
