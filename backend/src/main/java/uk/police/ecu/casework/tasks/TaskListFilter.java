package uk.police.ecu.casework.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The WHERE clause of the task list's queries on {@code task_projection}: a list's scope and its filters
 * as conditions on real columns, each value a named parameter. Like {@link TaskSort}'s ORDER BY it is SQL
 * text only, run by {@link TaskProjectionRepository} and by nothing else; the repository also decides how
 * the instants bind.
 */
final class TaskListFilter {

    private final Clock clock;

    TaskListFilter(Clock clock) {
        this.clock = clock;
    }

    String where(TaskProjectionRepository.Scope scope, TaskListQuery query, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (scope.assignee() != null) {
            conditions.add("assignee = :me");
            params.addValue("me", scope.assignee());
        } else {
            conditions.add("candidate_groups && CAST(:teams AS text[])");
            params.addValue("teams", scope.teams().toArray(String[]::new));
            if (TaskListQuery.UNASSIGNED.equals(query.assignee())) {
                conditions.add("assignee IS NULL");
            } else if (query.assignee() != null && !query.assignee().isBlank()) {
                conditions.add("assignee = :assignee");
                params.addValue("assignee", query.assignee());
            }
        }
        if (scope.taskTypes() != null) {
            conditions.add("task_type = ANY (CAST(:types AS text[]))");
            params.addValue("types", scope.taskTypes().toArray(String[]::new));
        }
        equal(conditions, params, "process_key", "process", query.process());
        equal(conditions, params, "task_type", "taskType", query.taskType());
        equal(conditions, params, "policing_area", "area", query.area());
        if (query.due() != null) {
            conditions.add(dueCondition(query.due(), params));
        }
        if (query.text() != null && !query.text().isBlank()) {
            params.addValue("text", "%" + escapeLike(query.text().trim()) + "%");
            params.addValue("readable", scope.searchableSubjects().toArray(String[]::new));
            conditions.add("(case_reference ILIKE :text OR (process_key = ANY (CAST(:readable AS text[])) AND subject_name ILIKE :text))");
        }
        return String.join(" AND ", conditions);
    }

    private String dueCondition(DueState due, MapSqlParameterSource params) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        params.addValue("now", TaskProjectionRepository.timestamp(now));
        return switch (due) {
            case OVERDUE -> "due_at < :now";
            case TODAY -> {
                params.addValue("until", TaskProjectionRepository.timestamp(startOf(today.plusDays(1))));
                yield "due_at >= :now AND due_at < :until";
            }
            case NEXT_7_DAYS -> {
                params.addValue("until", TaskProjectionRepository.timestamp(startOf(today.plusDays(8))));
                yield "due_at >= :now AND due_at < :until";
            }
            case NONE -> "due_at IS NULL";
        };
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static void equal(List<String> conditions, MapSqlParameterSource params, String column, String name,
                              String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(column + " = :" + name);
            params.addValue(name, value);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
