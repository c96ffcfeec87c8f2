-- File imports (disseminations now, weekly victim lists later). The file itself is kept so an
-- import interrupted by a crash or restart resumes where its last committed batch ended.
CREATE TABLE import_job (
    id               uuid PRIMARY KEY,
    kind             text NOT NULL CHECK (kind IN ('DISSEMINATIONS', 'VICTIM_LIST')),
    file_name        text NOT NULL,
    file_sha256      text NOT NULL,
    size_bytes       bigint NOT NULL,
    uploaded_by      text NOT NULL,
    uploaded_at      timestamptz NOT NULL DEFAULT now(),
    status           text NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'REJECTED', 'FAILED')),
    file_error       text,
    total_rows       integer NOT NULL DEFAULT 0,
    error_rows       integer NOT NULL DEFAULT 0,
    good_rows        integer NOT NULL DEFAULT 0,
    good_rows_done   integer NOT NULL DEFAULT 0,
    cases_created    integer NOT NULL DEFAULT 0,
    duplicates       integer NOT NULL DEFAULT 0,
    flagged          integer NOT NULL DEFAULT 0,
    finished_at      timestamptz
);
CREATE INDEX import_job_kind_uploaded ON import_job (kind, uploaded_at DESC);
CREATE INDEX import_job_sha ON import_job (file_sha256);
CREATE INDEX import_job_running ON import_job (status) WHERE status = 'RUNNING';

CREATE TABLE import_file (
    job_id  uuid PRIMARY KEY REFERENCES import_job (id),
    content bytea NOT NULL
);

-- What the import report lists: rows refused (with line, column and reason), rows that were
-- duplicates of crimes already known, and rows accepted but flagged for review.
CREATE TABLE import_report_entry (
    id          bigserial PRIMARY KEY,
    job_id      uuid NOT NULL REFERENCES import_job (id),
    kind        text NOT NULL CHECK (kind IN ('ERROR', 'DUPLICATE', 'FLAGGED')),
    line        integer NOT NULL,
    column_name text,
    value       text,
    reason      text NOT NULL
);
CREATE INDEX import_report_entry_job ON import_report_entry (job_id, line);
