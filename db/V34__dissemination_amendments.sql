-- A dissemination NFIB sends again with changed content amends the crime: the crime row takes the new
-- values and each amendment keeps what changed ({field: {was, now}}), so no earlier value is lost, until
-- the officer holding the case (or the triage team) acknowledges it.
CREATE TABLE crime_amendment (
    id               bigserial   PRIMARY KEY,
    crime_reference  text        NOT NULL REFERENCES crime (crime_reference),
    import_job_id    uuid,
    import_line      integer,
    changes          jsonb       NOT NULL,
    received_by      text        NOT NULL,
    received_at      timestamptz NOT NULL,
    acknowledged_by  text,
    acknowledged_at  timestamptz
);

CREATE INDEX crime_amendment_crime ON crime_amendment (crime_reference);

-- The first line of each key (a crime reference) an import has stored, written in the batch's transaction:
-- a later identical row of the same file is reported as a repeat of that line, across batch boundaries and
-- after a crash. Emptied when the import finishes.
CREATE TABLE import_row_key (
    job_id   uuid    NOT NULL REFERENCES import_job (id),
    row_key  text    NOT NULL,
    line     integer NOT NULL,
    PRIMARY KEY (job_id, row_key)
);
