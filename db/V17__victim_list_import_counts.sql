-- A weekly victim list import also counts what screening made of its rows. Dissemination imports
-- leave these NULL (they screen nothing), so their job JSON is as before.
ALTER TABLE import_job
    ADD COLUMN referred       integer,
    ADD COLUMN screened_out   integer,
    ADD COLUMN repeat_victims integer;

UPDATE import_job SET referred = 0, screened_out = 0, repeat_victims = 0 WHERE kind = 'VICTIM_LIST';

ALTER TABLE import_job ADD CONSTRAINT import_job_screening_counts CHECK (
    (kind = 'VICTIM_LIST') = (referred IS NOT NULL AND screened_out IS NOT NULL AND repeat_victims IS NOT NULL));
