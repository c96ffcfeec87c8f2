package uk.police.ecu.casework.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.reference.PerTransaction;

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
     * the latest version in effect on {@code today}. Chosen from the definitions read once per transaction,
     * as an import batch starts hundreds of clocks.
     */
    List<SlaDefinition> startingOn(String processKey, SlaDefinition.StartTrigger trigger, String element,
                                   String caseCodeVersion, LocalDate today) {
        Comparator<SlaDefinition> preferred = Comparator
                .comparing((SlaDefinition d) -> underCode(d, caseCodeVersion))
                .thenComparing(SlaDefinition::effectiveFrom)
                .thenComparingInt(SlaDefinition::version);
        return PerTransaction.get("sla definitions", this::all).stream()
                .filter(d -> d.processKey().equals(processKey) && d.startTrigger() == trigger
                        && Objects.equals(d.startElement(), element))
                .filter(d -> !d.effectiveFrom().isAfter(today) || underCode(d, caseCodeVersion))
                .collect(Collectors.groupingBy(SlaDefinition::id, TreeMap::new,
                        Collectors.maxBy(preferred)))
                .values().stream().flatMap(Optional::stream).toList();
    }

    private static boolean underCode(SlaDefinition definition, String caseCodeVersion) {
        return definition.victimsCodeVersion() != null && definition.victimsCodeVersion().equals(caseCodeVersion);
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
