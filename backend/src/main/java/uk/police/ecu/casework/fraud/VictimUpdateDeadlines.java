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
    private static final String PERSONAL_STATEMENT_ON_CHARGE = "PERSONAL_STATEMENT_ON_CHARGE";

    private final VictimUpdateRepository updates;
    private final EnhancedRightsRepository enhancedRights;
    private final WorkingDayCalendar calendar;
    private final CrimeRepository crimes;
    private final Clock clock;

    VictimUpdateDeadlines(VictimUpdateRepository updates, EnhancedRightsRepository enhancedRights,
                          WorkingDayCalendar calendar, CrimeRepository crimes, Clock clock) {
        this.crimes = crimes;
        this.updates = updates;
        this.enhancedRights = enhancedRights;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Counted from the day of the event the limit names, not the day the task was created: the crime's recording
     * for OFFICER_NAMED (the task's {@code crimeRecordedAt}), the event's own time for CASE_EVENT
     * ({@code caseEventAt}), the decision's date for DECISION and PERSONAL_STATEMENT ({@code decisionAt}), the
     * charge's own time for PERSONAL_STATEMENT_ON_CHARGE (a charge logged as a case event). A case
     * allocated or an event logged late is therefore already late. With no such
     * time (NOT_INVESTIGATED, whose decision is the task's creation, or a case started before events had times),
     * from today.
     */
    public Date due(DelegateExecution execution, String updateType) {
        String reference = execution.getBusinessKey();
        String version = (String) execution.getVariable(FraudProcessVariables.VICTIMS_CODE_VERSION);
        LocalDate from = eventDay(execution, updateType);
        // The statement offer after a logged charge keeps the offer's limit, counted from the charge event.
        String deadlineType = PERSONAL_STATEMENT_ON_CHARGE.equals(updateType) ? "PERSONAL_STATEMENT" : updateType;
        return Date.from(dueOn(reference, version, deadlineType, from).atTime(END_OF_DAY).atZone(clock.getZone()).toInstant());
    }

    /**
     * The start of the day the crime was recorded (its reported date, Europe/London): the dissemination carries
     * a date only, so the earliest moment of it, which never overstates compliance.
     */
    public Date crimeRecordedAt(DelegateExecution execution) {
        return crimes.find(execution.getBusinessKey())
                .map(crime -> Date.from(crime.reportedDate().atStartOfDay(clock.getZone()).toInstant()))
                .orElse(null);
    }

    private LocalDate eventDay(DelegateExecution execution, String updateType) {
        String variable = switch (updateType) {
            case "OFFICER_NAMED" -> FraudProcessVariables.CRIME_RECORDED_AT;
            case "CASE_EVENT" -> FraudProcessVariables.CASE_EVENT_AT;
            case "DECISION", "PERSONAL_STATEMENT" -> FraudProcessVariables.DECISION_AT;
            case PERSONAL_STATEMENT_ON_CHARGE -> FraudProcessVariables.CASE_EVENT_AT;
            default -> null;
        };
        if (variable != null && execution.getVariable(variable) instanceof Date at) {
            LocalDate day = LocalDate.ofInstant(at.toInstant(), clock.getZone());
            return day.isAfter(today()) ? today() : day;
        }
        return today();
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
