package uk.police.ecu.casework.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SLA definitions, every version of each ({@code sla_definition}). */
@Repository
public class SlaDefinitionRepository {

    private final JdbcClient jdbc;

    SlaDefinitionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SlaDefinition> all() {
        return jdbc.sql("SELECT * FROM sla_definition ORDER BY id, version").query(SlaDefinitionRepository::map).list();
    }

    static SlaDefinition map(ResultSet rs, int row) throws SQLException {
        return new SlaDefinition(rs.getString("id"), rs.getInt("version"), rs.getString("name"),
                rs.getString("process_key"), SlaDefinition.StartTrigger.valueOf(rs.getString("start_trigger")),
                rs.getString("start_element"), rs.getString("stop_element"),
                SlaDefinition.DueRule.valueOf(rs.getString("due_rule")), (Integer) rs.getObject("due_amount"),
                rs.getInt("warning_percent"), rs.getString("accountable_team"), rs.getString("victims_code_version"),
                rs.getObject("effective_from", LocalDate.class), rs.getString("description"),
                rs.getBoolean("local_standard"), rs.getString("start_variable"));
    }
}
