package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.PerTransaction;
import uk.police.ecu.casework.reference.WorkingDayCalendar;

/**
 * Due dates of victim updates, from the deadline rows of the Victims' Code version the case
 * started under (so a new Code never changes a running case) and the victim's assessed rights.
 * Used by the fraud triage model as {@code victimUpdateDeadlines.due(execution, 'TYPE')}.
 */
@Component("victimUpdateDeadlines")
public class VictimUpdateDeadlines {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    VictimUpdateDeadlines(JdbcClient jdbc, WorkingDayCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Date due(DelegateExecution execution, String updateType) {
        String reference = execution.getBusinessKey();
        String version = (String) execution.getVariable(FraudProcessVariables.VICTIMS_CODE_VERSION);
        return Date.from(dueOn(reference, version, updateType, today()).atTime(END_OF_DAY).atZone(clock.getZone()).toInstant());
    }

    /** The last day on which the victim may be told, counting from {@code from}. */
    LocalDate dueOn(String crimeReference, String codeVersion, String updateType, LocalDate from) {
        Deadline deadline = jdbc.sql("""
                        SELECT standard_days, enhanced_days, working_days FROM victim_update_deadline
                        WHERE code_version = ? AND update_type = ?""")
                .params(codeVersion, updateType)
                .query((rs, n) -> new Deadline(rs.getInt(1), rs.getInt(2), rs.getBoolean(3)))
                .optional()
                .orElseThrow(() -> new IllegalStateException(
                        "No " + updateType + " deadline for Victims' Code version " + codeVersion));
        int days = hasEnhancedRights(crimeReference) ? deadline.enhancedDays() : deadline.standardDays();
        return deadline.workingDays() ? calendar.addWorkingDays(from, days) : from.plusDays(days);
    }

    /** The version in force today: what a case starting now keeps for its whole life. */
    public String currentCodeVersion() {
        LocalDate today = today();
        return PerTransaction.get("victimsCodeVersion:" + today, () -> jdbc.sql("""
                        SELECT code_version FROM victim_update_deadline WHERE effective_from <= ?
                        ORDER BY effective_from DESC LIMIT 1""")
                .param(today)
                .query(String.class).single());
    }

    private boolean hasEnhancedRights(String crimeReference) {
        return jdbc.sql("SELECT count(*) FROM victim_enhanced_rights WHERE crime_reference = ?")
                .param(crimeReference).query(Integer.class).single() > 0;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Deadline(int standardDays, int enhancedDays, boolean workingDays) {
    }
}
