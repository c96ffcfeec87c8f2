-- Half-filled task forms, kept per task and user so that nothing typed is lost to the Back button, a
-- closed browser or an expired session. A draft belongs to an open task: it goes with the task's row in
-- the task list (completed, deleted, or found gone from the engine at start-up), so no draft outlives its task.
CREATE TABLE task_draft (
    task_id  text NOT NULL REFERENCES task_projection (task_id) ON DELETE CASCADE,
    username text NOT NULL,
    answers  jsonb NOT NULL,
    saved_at timestamptz NOT NULL,
    PRIMARY KEY (task_id, username)
);
