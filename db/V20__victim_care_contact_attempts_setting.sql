-- The ECVCU's limit of failed first-contact attempts, kept as data with the other victim care settings
-- (V16 creates the table, after V15 built the referral tables that use this row).
INSERT INTO victim_care_setting (name, value, description) VALUES
    ('max_failed_contact_attempts', 3, 'Failed first-contact attempts (no answer, wrong number, voicemail) after which a supervisor reviews the referral');
