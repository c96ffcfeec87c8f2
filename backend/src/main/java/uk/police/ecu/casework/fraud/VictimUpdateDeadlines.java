package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

    private final VictimUpdateRepository updates;
    private final EnhancedRightsRepository enhancedRights;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    VictimUpdateDeadlines(VictimUpdateRepository updates, EnhancedRightsRepository enhancedRights,
                          WorkingDayCalendar calendar, Clock clock) {
        this.updates = updates;
        this.enhancedRights = enhancedRights;
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
        VictimUpdateRepository.Deadline deadline = updates.deadline(codeVersion, updateType)
                .orElseThrow(() -> new IllegalStateException(
                        "No " + updateType + " deadline for Victims' Code version " + codeVersion));
        int days = enhancedRights.exists(crimeReference) ? deadline.enhancedDays() : deadline.standardDays();
        return deadline.workingDays() ? calendar.addWorkingDays(from, days) : from.plusDays(days);
    }

    /** The version in force today: what a case starting now keeps for its whole life. */
    public String currentCodeVersion() {
        LocalDate today = today();
        return PerTransaction.get("victimsCodeVersion:" + today, () -> updates.codeVersionOn(today));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
