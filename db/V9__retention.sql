-- Retention (MoPI-style review schedule): how long each kind of record is held before it is reviewed,
-- counted from which date, and what happens at review. Kept as data so the force's records manager
-- can change a period by a new migration; docs/retention.md explains each row.
CREATE TABLE retention_schedule (
    record_type         text PRIMARY KEY,
    name                text NOT NULL,
    review_after_months integer NOT NULL CHECK (review_after_months > 0),
    measured_from       text NOT NULL,
    at_review           text NOT NULL,
    basis               text NOT NULL
);

INSERT INTO retention_schedule (record_type, name, review_after_months, measured_from, at_review, basis) VALUES
    ('crime', 'Fraud case', 72,
     'the outcome date of the finalised crime',
     'Erase the victim''s and suspect''s personal details and free text; keep the crime reference, codes, dates, loss and outcome for statistics and returns.',
     'MoPI review (APP Information management): crimes not in Group 1 or 2 are reviewed after a six-year clear period.'),
    ('import-report', 'Dissemination import report', 12,
     'the day the file was uploaded',
     'Erase the refused cell values kept in the report (and any uploaded file still held); keep the counts and reasons.',
     'Operational only: the imported crimes hold the data; refused raw values serve only to correct the file.'),
    ('victim', 'Victim care record (ECVCU)', 72,
     'the closure of the victim''s referral',
     'Erase contact details, vulnerability assessment and contact notes; keep the support level, dates and outcome.',
     'MoPI review, six-year clear period, aligned with the crime the victim reported.'),
    ('o2r-participant', 'Offender to Recovery participant', 72,
     'the participant''s exit from the programme',
     'Erase identity, treatment and health notes; keep the anonymised offending and engagement figures for the evaluation.',
     'MoPI review, six-year clear period; health data (special category) is kept no longer than the offending record.'),
    ('audit-event', 'Audit trail', 84,
     'the day the event was recorded',
     'Review only: the trail is append-only in the application; a database administrator archives reviewed years.',
     'DPA 2018 s.62 logs are kept for as long as the records they describe could be questioned, plus one year.');

-- Erasure leaves the record (for statistics and the links between records) without its personal data,
-- marked with when and by whom; the audit trail holds the justification.
ALTER TABLE crime ADD COLUMN personal_data_erased_at timestamptz,
                  ADD COLUMN personal_data_erased_by text;
ALTER TABLE import_job ADD COLUMN personal_data_erased_at timestamptz,
                       ADD COLUMN personal_data_erased_by text;

CREATE INDEX import_job_uploaded_at ON import_job (uploaded_at) WHERE personal_data_erased_at IS NULL;
