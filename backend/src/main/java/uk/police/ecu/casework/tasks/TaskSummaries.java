package uk.police.ecu.casework.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.WorkingDayCalendar;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.UserRepository;

/** Shapes projection rows into what one user may see of them. */
@Component
class TaskSummaries {

    private final CaseSubjectsRegistry subjects;
    private final UserRepository users;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    TaskSummaries(CaseSubjectsRegistry subjects, UserRepository users, WorkingDayCalendar calendar, Clock clock) {
        this.subjects = subjects;
        this.users = users;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<TaskSummary> forUser(CaseworkUser user, List<TaskRecord> rows) {
        Map<String, String> names = new HashMap<>();
        Map<String, Boolean> readable = new HashMap<>();
        return rows.stream().map(row -> {
            boolean showSubject = readable.computeIfAbsent(row.processKey(), key -> subjects.maySeeSubject(user, key));
            String assigneeName = row.assignee() == null ? null
                    : names.computeIfAbsent(row.assignee(), u -> users.displayName(u).orElse(u));
            return new TaskSummary(row.taskId(), row.name(), row.taskType(), row.processKey(), row.caseReference(),
                    showSubject ? row.subjectName() : null, row.policingArea(),
                    showSubject ? row.lossGbp() : null, row.fraudType(),
                    showSubject ? row.victimAgeBand() : null,
                    offset(row.created()), offset(row.due()), SlaStatus.of(row.due(), clock, calendar),
                    row.priority(), row.assignee(), assigneeName, row.candidateGroups(), followUp(row),
                    followUp(row) != null && followUp(row).isBefore(LocalDate.now(clock)), row.comments(),
                    offset(row.lastComment()));
        }).toList();
    }

    /** The engine keeps the follow-up as a moment; people chose a day, the force's day it falls on. */
    private LocalDate followUp(TaskRecord row) {
        return row.followUp() == null ? null : LocalDate.ofInstant(row.followUp(), clock.getZone());
    }

    private OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
