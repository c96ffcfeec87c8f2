package uk.police.ecu.casework.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The task list as users page through it: {@code task_projection} filtered, sorted and paged on real
 * columns. A list's scope and a {@link TaskListQuery}'s filters become conditions whose values are all
 * named parameters; the order comes from {@link TaskSort}, a fixed set, so no user text reaches the SQL.
 */
@Repository
class TaskListRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskListRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Whose tasks a list spans: one person's, or the queues of some teams; optionally only some task
     * types. {@code searchableSubjects} are the processes whose subjects' names the user may search.
     */
    record Scope(String assignee, Collection<String> teams, Collection<String> taskTypes,
                 Collection<String> searchableSubjects) {
    }

    /** A kind of task: its process and its BPMN id. */
    record KindOfTask(String processKey, String taskType) {
    }

    /** The kinds of task now in these teams' queues or held by this person. */
    List<KindOfTask> kindsOfTaskWorkedBy(String username, Collection<String> teams) {
        return jdbc.sql("""
                        SELECT DISTINCT process_key, task_type FROM task_projection
                        WHERE assignee = :username OR candidate_groups && CAST(:teams AS text[])""")
                .param("username", username).param("teams", teams.toArray(String[]::new))
                .query((rs, n) -> new KindOfTask(rs.getString("process_key"), rs.getString("task_type"))).list();
    }

    List<TaskRecord> page(Scope scope, TaskListQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(scope, query, params);
        params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        return jdbc.sql(TaskProjectionRepository.ROWS + "WHERE " + where
                        + " ORDER BY " + orderBy(query.sort(), query.descending()) + " LIMIT :limit OFFSET :offset")
                .paramSource(params).query(TaskProjectionRepository::toRecord).list();
    }

    long count(Scope scope, TaskListQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.sql("SELECT count(*) FROM task_projection p LEFT JOIN public.act_ru_task t ON t.id_ = p.task_id "
                        + "WHERE " + where(scope, query, params))
                .paramSource(params).query(Long.class).single();
        return count == null ? 0 : count;
    }

    /** Each order ends with the task id so pages never overlap. */
    private static String orderBy(TaskSort sort, boolean descending) {
        String direction = descending ? "DESC" : "ASC";
        return switch (sort) {
            case DUE -> "due_at " + direction + " NULLS LAST, created_at, task_id";
            case PRIORITY -> "priority " + direction + ", due_at NULLS LAST, task_id";
            case CREATED -> "created_at " + direction + ", task_id";
            case FOLLOW_UP -> "t.follow_up_date_ " + direction + " NULLS LAST, due_at NULLS LAST, task_id";
        };
    }

    private String where(Scope scope, TaskListQuery query, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (scope.assignee() != null) {
            conditions.add("assignee = :me");
            params.addValue("me", scope.assignee());
        } else {
            conditions.add("candidate_groups && CAST(:teams AS text[])");
            params.addValue("teams", scope.teams().toArray(String[]::new));
            if (TaskListQuery.UNASSIGNED.equals(query.assignee())) {
                conditions.add("assignee IS NULL");
            } else if (present(query.assignee())) {
                conditions.add("assignee = :assignee");
                params.addValue("assignee", query.assignee());
            }
        }
        if (scope.taskTypes() != null) {
            conditions.add("task_type = ANY (CAST(:types AS text[]))");
            params.addValue("types", scope.taskTypes().toArray(String[]::new));
        }
        if (present(query.process())) {
            conditions.add("process_key = :process");
            params.addValue("process", query.process());
        }
        if (present(query.taskType())) {
            conditions.add("task_type = :taskType");
            params.addValue("taskType", query.taskType());
        }
        if (present(query.area())) {
            conditions.add("policing_area = :area");
            params.addValue("area", query.area());
        }
        if (query.due() != null) {
            conditions.add(dueCondition(query.due(), params));
        }
        if (query.followUpDue()) {
            // Due today or earlier: the day the officer chose to come back has arrived.
            params.addValue("followUpBy", Timestamp.from(startOf(LocalDate.now(clock).plusDays(1))));
            conditions.add("t.follow_up_date_ < :followUpBy");
        }
        if (present(query.text())) {
            params.addValue("text", "%" + escapeLike(query.text().trim()) + "%");
            params.addValue("readable", scope.searchableSubjects().toArray(String[]::new));
            conditions.add("(case_reference ILIKE :text OR (process_key = ANY (CAST(:readable AS text[])) AND subject_name ILIKE :text))");
        }
        return String.join(" AND ", conditions);
    }

    private String dueCondition(DueState due, MapSqlParameterSource params) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        params.addValue("now", Timestamp.from(now));
        return switch (due) {
            case OVERDUE -> "due_at < :now";
            case TODAY -> {
                params.addValue("until", Timestamp.from(startOf(today.plusDays(1))));
                yield "due_at >= :now AND due_at < :until";
            }
            case NEXT_7_DAYS -> {
                params.addValue("until", Timestamp.from(startOf(today.plusDays(8))));
                yield "due_at >= :now AND due_at < :until";
            }
            case NONE -> "due_at IS NULL";
        };
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
