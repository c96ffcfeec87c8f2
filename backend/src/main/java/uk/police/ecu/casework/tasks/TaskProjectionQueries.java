package uk.police.ecu.casework.tasks;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the task list's projection: filtered, sorted and paged on real columns. */
@Repository
class TaskProjectionQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    TaskProjectionQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
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

    List<TaskRecord> page(Scope scope, TaskListQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(scope, query, params);
        params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        return jdbc.query("SELECT * FROM task_projection WHERE " + where
                + " ORDER BY " + query.sort().orderBy(query.descending()) + " LIMIT :limit OFFSET :offset",
                params, TaskProjectionQueries::toRecord);
    }

    long count(Scope scope, TaskListQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("SELECT count(*) FROM task_projection WHERE " + where(scope, query, params),
                params, Long.class);
        return count == null ? 0 : count;
    }

    Optional<TaskRecord> byId(String taskId) {
        return jdbc.query("SELECT * FROM task_projection WHERE task_id = :id", Map.of("id", taskId),
                TaskProjectionQueries::toRecord).stream().findFirst();
    }

    List<TaskRecord> ofCase(String processKey, String caseReference) {
        return jdbc.query("""
                SELECT * FROM task_projection WHERE case_reference = :reference AND process_key = :process
                ORDER BY due_at NULLS LAST, created_at""", Map.of("reference", caseReference, "process", processKey),
                TaskProjectionQueries::toRecord);
    }

    long assignedTo(String username) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM task_projection WHERE assignee = :user",
                Map.of("user", username), Long.class);
        return count == null ? 0 : count;
    }

    /** Open tasks offered to each of the given teams. */
    Map<String, Long> queueCounts(Collection<String> teams) {
        if (teams.isEmpty()) {
            return Map.of();
        }
        String[] groups = teams.toArray(String[]::new);
        return jdbc.query("""
                SELECT g AS team, count(*) AS tasks FROM task_projection, unnest(candidate_groups) g
                WHERE candidate_groups && CAST(:groups AS text[]) AND g = ANY (CAST(:groups AS text[])) GROUP BY g""",
                new MapSqlParameterSource("groups", groups), (rs, n) -> Map.entry(rs.getString("team"), rs.getLong("tasks")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Moves whenever any task changes; a poller compares it to decide whether to fetch again. */
    long changeMark() {
        Long mark = jdbc.getJdbcTemplate().queryForObject("SELECT last_value FROM task_change_seq", Long.class);
        return mark == null ? 0 : mark;
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
        params.addValue("now", Timestamp.from(now));
        return switch (due) {
            case OVERDUE -> "due_at < :now";
            case TODAY -> {
                params.addValue("until", startOf(today.plusDays(1)));
                yield "due_at >= :now AND due_at < :until";
            }
            case NEXT_7_DAYS -> {
                params.addValue("until", startOf(today.plusDays(8)));
                yield "due_at >= :now AND due_at < :until";
            }
            case NONE -> "due_at IS NULL";
        };
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
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

    private static TaskRecord toRecord(ResultSet rs, int row) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        BigDecimal loss = rs.getBigDecimal("loss_gbp");
        return new TaskRecord(rs.getString("task_id"), rs.getString("process_instance_id"),
                rs.getString("process_key"), rs.getString("task_type"), rs.getString("name"),
                rs.getString("case_reference"), rs.getString("subject_name"), rs.getString("policing_area"), loss,
                rs.getString("fraud_type"), rs.getString("victim_age_band"),
                rs.getTimestamp("created_at").toInstant(), due == null ? null : due.toInstant(),
                rs.getInt("priority"), rs.getString("assignee"),
                Arrays.asList((String[]) rs.getArray("candidate_groups").getArray()));
    }
}
