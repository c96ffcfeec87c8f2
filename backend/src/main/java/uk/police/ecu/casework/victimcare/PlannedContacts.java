package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A referral's contact plan as the model reads it: one {@code Task_PlannedContact} for each contact of the
 * plan not yet logged, due at the end of its planned day. Used as {@code plannedContacts.open(execution)}
 * and {@code plannedContacts.due(plannedContactId)}.
 */
@Component("plannedContacts")
public class PlannedContacts {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final ContactPlanRepository plans;
    private final Clock clock;

    PlannedContacts(ContactPlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    public List<String> open(DelegateExecution execution) {
        return plans.openContactIds(execution.getProcessBusinessKey());
    }

    public Date due(String plannedContactId) {
        LocalDate dueOn = plans.dueOn(UUID.fromString(plannedContactId));
        return Date.from(dueOn.atTime(END_OF_DAY).atZone(clock.getZone()).toInstant());
    }
}
