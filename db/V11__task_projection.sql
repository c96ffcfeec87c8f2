-- The task list's read model: one row per open engine task with the business facts officers filter
-- and sort by, as real indexed columns. Engine variable queries are what make Camunda task lists
-- slow; this table is kept in step with the engine inside the engine's own transactions.
CREATE SEQUENCE task_change_seq;

CREATE TABLE task_projection (
    task_id             text PRIMARY KEY,
    process_instance_id text,
    process_key         text NOT NULL,
    task_type           text NOT NULL,
    name                text NOT NULL,
    case_reference      text,
    subject_name        text,
    policing_area       text,
    loss_gbp            numeric(14, 2),
    fraud_type          text,
    victim_age_band     text,
    created_at          timestamptz NOT NULL,
    due_at              timestamptz,
    priority            integer NOT NULL,
    assignee            text,
    candidate_groups    text[] NOT NULL DEFAULT '{}',
    -- Bumped on every change so a polling task list can tell cheaply whether anything moved.
    change_mark         bigint NOT NULL DEFAULT nextval('task_change_seq')
);

CREATE INDEX task_projection_groups ON task_projection USING gin (candidate_groups);
CREATE INDEX task_projection_assignee_due ON task_projection (assignee, due_at);
CREATE INDEX task_projection_due ON task_projection (due_at, created_at);
CREATE INDEX task_projection_case ON task_projection (case_reference);
CREATE INDEX task_projection_area ON task_projection (policing_area);
CREATE INDEX task_projection_type ON task_projection (process_key, task_type);
CREATE INDEX task_projection_subject ON task_projection (lower(subject_name) text_pattern_ops);
