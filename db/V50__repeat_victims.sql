-- A repeat victim needs a supervisor's approval to file: the same person (same name and date of birth, the
-- people module's confident match; never two people merged on a name) reported as the victim of this many
-- crimes, this one included, within so many months before this crime's report date. Settings an administrator
-- changes, audited as the other thresholds are.
ALTER TABLE filing_approval_threshold DROP CONSTRAINT filing_approval_threshold_name_check;
ALTER TABLE filing_approval_threshold ADD CONSTRAINT filing_approval_threshold_name_check
    CHECK (name IN ('LOSS_GBP', 'VICTIM_AGE', 'NDM_SCORE', 'REPEAT_VICTIM_REPORTS', 'REPEAT_VICTIM_MONTHS'));
INSERT INTO filing_approval_threshold (name, description, value) VALUES
    ('REPEAT_VICTIM_REPORTS', 'Crimes reported by the same victim (this one included) at or above which filing needs approval', 2),
    ('REPEAT_VICTIM_MONTHS', 'Months before the report date in which the same victim''s earlier reports count', 12);
