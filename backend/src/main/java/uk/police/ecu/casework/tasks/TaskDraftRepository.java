package uk.police.ecu.casework.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Drafts by task and user; a draft goes with its task's row in the task list (see V45). */
@Repository
class TaskDraftRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    TaskDraftRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<TaskDraft> find(String taskId, String username) {
        return jdbc.sql("SELECT answers::text AS answers, saved_at FROM task_draft WHERE task_id = :taskId AND username = :username")
                .param("taskId", taskId).param("username", username)
                .query((rs, n) -> new TaskDraft(parse(rs.getString("answers")), rs.getTimestamp("saved_at").toInstant()))
                .optional();
    }

    void save(String taskId, String username, String answers, Instant savedAt) {
        jdbc.sql("""
                INSERT INTO task_draft (task_id, username, answers, saved_at)
                VALUES (:taskId, :username, CAST(:answers AS jsonb), :savedAt)
                ON CONFLICT (task_id, username) DO UPDATE SET answers = EXCLUDED.answers, saved_at = EXCLUDED.saved_at""")
                .param("taskId", taskId).param("username", username).param("answers", answers)
                .param("savedAt", Timestamp.from(savedAt)).update();
    }

    void delete(String taskId, String username) {
        jdbc.sql("DELETE FROM task_draft WHERE task_id = :taskId AND username = :username")
                .param("taskId", taskId).param("username", username).update();
    }

    private JsonNode parse(String answers) {
        try {
            return json.readTree(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draft is not JSON", e);
        }
    }
}
