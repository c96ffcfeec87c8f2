-- Victim care thresholds kept as data, so the unit can change them without a release.
CREATE TABLE victim_care_setting (
    name        text PRIMARY KEY,
    value       integer NOT NULL,
    description text NOT NULL
);

INSERT INTO victim_care_setting (name, value, description) VALUES
    ('ndm_referral_threshold', 7, 'NDM vulnerability score (1-10) at or above which a victim is referred for victim care');
