-- Which Home Office outcome codes each decision path may record: a crime filed at triage cannot be
-- closed as charged, and an investigated crime is not closed with NFIB's own code 19. The triage and
-- record-outcome tasks refuse a code outside their path and the monthly return will not be approved with
-- one. A local sub-code is allowed wherever the Home Office code it is returned as is allowed.
-- Copy of docs/reference/outcome-codes-by-path.csv (its header gives the source: the Home Office outcome
-- definitions in home-office-outcomes.csv, V4); the reasoning is in docs/how-it-works.md.
CREATE TABLE outcome_code_path (
    path             text NOT NULL CHECK (path IN ('FILED_AT_TRIAGE', 'INVESTIGATED')),
    category         text NOT NULL CHECK (category IN ('CHARGE', 'OUT_OF_COURT_DISPOSAL', 'NO_FURTHER_ACTION')),
    home_office_code text NOT NULL REFERENCES home_office_outcome (code),
    confidence       text NOT NULL,
    PRIMARY KEY (path, home_office_code)
);

INSERT INTO outcome_code_path (path, category, home_office_code, confidence) VALUES
    ('FILED_AT_TRIAGE', 'NO_FURTHER_ACTION', '18', 'high'),
    ('FILED_AT_TRIAGE', 'NO_FURTHER_ACTION', '14', 'high'),
    ('INVESTIGATED', 'CHARGE', '1', 'high'),
    ('INVESTIGATED', 'CHARGE', '1A', 'high'),
    ('INVESTIGATED', 'CHARGE', '4', 'high'),
    ('INVESTIGATED', 'OUT_OF_COURT_DISPOSAL', '2', 'high'),
    ('INVESTIGATED', 'OUT_OF_COURT_DISPOSAL', '2A', 'high'),
    ('INVESTIGATED', 'OUT_OF_COURT_DISPOSAL', '3', 'high'),
    ('INVESTIGATED', 'OUT_OF_COURT_DISPOSAL', '3A', 'high'),
    ('INVESTIGATED', 'OUT_OF_COURT_DISPOSAL', '8', 'high'),
    ('INVESTIGATED', 'OUT_OF_COURT_DISPOSAL', '22', 'high'),
    ('INVESTIGATED', 'NO_FURTHER_ACTION', '5', 'high'),
    ('INVESTIGATED', 'NO_FURTHER_ACTION', '9', 'high'),
    ('INVESTIGATED', 'NO_FURTHER_ACTION', '10', 'high'),
    ('INVESTIGATED', 'NO_FURTHER_ACTION', '11', 'high'),
    ('INVESTIGATED', 'NO_FURTHER_ACTION', '12', 'high'),
    ('INVESTIGATED', 'NO_FURTHER_ACTION', '13', 'high'),
    ('INVESTIGATED', 'NO_FURTHER_ACTION', '14', 'high'),
    ('INVESTIGATED', 'NO_FURTHER_ACTION', '15', 'high'),
    ('INVESTIGATED', 'NO_FURTHER_ACTION', '16', 'high'),
    ('INVESTIGATED', 'NO_FURTHER_ACTION', '17', 'high'),
    ('INVESTIGATED', 'NO_FURTHER_ACTION', '18', 'high'),
    ('INVESTIGATED', 'NO_FURTHER_ACTION', '20', 'medium'),
    ('INVESTIGATED', 'NO_FURTHER_ACTION', '21', 'high');
