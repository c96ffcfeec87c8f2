package uk.police.ecu.casework.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saved task list views by user (see V60). */
@Repository
class SavedTaskViewRepository {

    private final JdbcClient jdbc;

    SavedTaskViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SavedTaskView> of(String username) {
        return jdbc.sql("SELECT id, name, view_query FROM saved_task_view WHERE username = :username ORDER BY lower(name)")
                .param("username", username)
                .query((rs, n) -> new SavedTaskView(rs.getLong("id"), rs.getString("name"), rs.getString("view_query")))
                .list();
    }

    boolean nameTaken(String username, String name) {
        return jdbc.sql("SELECT count(*) FROM saved_task_view WHERE username = :username AND lower(name) = lower(:name)")
                .param("username", username).param("name", name).query(Integer.class).single() > 0;
    }

    SavedTaskView save(String username, String name, String view, Instant savedAt) {
        long id = jdbc.sql("""
                INSERT INTO saved_task_view (username, name, view_query, saved_at)
                VALUES (:username, :name, :view, :savedAt) RETURNING id""")
                .param("username", username).param("name", name).param("view", view)
                .param("savedAt", Timestamp.from(savedAt)).query(Long.class).single();
        return new SavedTaskView(id, name, view);
    }

    /** Whether the user had a view of that id to delete. */
    boolean delete(String username, long id) {
        return jdbc.sql("DELETE FROM saved_task_view WHERE id = :id AND username = :username")
                .param("id", id).param("username", username).update() > 0;
    }
}
