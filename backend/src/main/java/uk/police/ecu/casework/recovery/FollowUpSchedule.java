package uk.police.ecu.casework.recovery;

import static uk.police.ecu.casework.recovery.RecoveryProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tells the process whether a follow-up is still to come and when it is due. */
@Component
class FollowUpSchedule {

    private final FollowUpRepository followUps;
    private final ProgrammeCalendar calendar;

    FollowUpSchedule(FollowUpRepository followUps, ProgrammeCalendar calendar) {
        this.calendar = calendar;
        this.followUps = followUps;
    }

    Map<String, Object> nextFor(String participant) {
        Map<String, Object> variables = new HashMap<>();
        followUps.next(participant).ifPresentOrElse(next -> {
            variables.put(HAS_NEXT_FOLLOW_UP, true);
            variables.put(FOLLOW_UP_DUE_AT, calendar.startOf(next.dueDate()));
        }, () -> variables.put(HAS_NEXT_FOLLOW_UP, false));
        return variables;
    }
}
