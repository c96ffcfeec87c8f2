-- When filing a crime needs a supervisor's approval: the thresholds the filing-approval decision table weighs,
-- as settings an administrator changes (each change on the audit trail with the old and new value). Neither the
-- force's papers nor the reference data state a threshold (the 2022 board paper, ¶56, says the force's
-- proportionality threshold is being redeveloped), so the values are the force's own choice; these are the
-- values the decision table held before they became settings.
CREATE TABLE filing_approval_threshold (
    name        text PRIMARY KEY CHECK (name IN ('LOSS_GBP', 'VICTIM_AGE', 'NDM_SCORE')),
    description text NOT NULL,
    value       integer NOT NULL CHECK (value >= 0),
    changed_by  text,
    changed_at  timestamptz
);

INSERT INTO filing_approval_threshold (name, description, value) VALUES
    ('LOSS_GBP', 'Loss in whole pounds at or above which filing needs approval', 10000),
    ('VICTIM_AGE', 'Victim''s age on the report date at or above which filing needs approval', 70),
    ('NDM_SCORE', 'NDM vulnerability score (1-10) at or above which filing needs approval', 7);
