-- Victims' Code Right 4 needs assessment and its review (issue 24, item 2). The Code: the needs assessment is
-- done when the crime is reported, covers whether the victim is entitled to Enhanced Rights, and is done again
-- whenever the victim's needs change. It sets no number of days.

-- An officer recorded that the victim's needs have changed: a re-assessment is due. Personal data of the case.
CREATE TABLE needs_change (
    id              bigserial PRIMARY KEY,
    crime_reference text NOT NULL REFERENCES crime (crime_reference) ON DELETE CASCADE,
    changed_at      timestamptz NOT NULL,
    what_changed    text NOT NULL,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL
);
CREATE INDEX needs_change_crime ON needs_change (crime_reference, id);

-- Each needs assessment: the first (needs_change_id null) and each re-assessment of a recorded change.
CREATE TABLE needs_assessment (
    id                     bigserial PRIMARY KEY,
    crime_reference        text NOT NULL REFERENCES crime (crime_reference) ON DELETE CASCADE,
    needs_change_id        bigint REFERENCES needs_change (id) ON DELETE CASCADE,
    assessed_at            timestamptz NOT NULL,
    enhanced_rights        boolean NOT NULL,
    enhanced_rights_reason text NOT NULL,
    support_needs          text,
    recorded_by            text NOT NULL,
    recorded_at            timestamptz NOT NULL
);
CREATE INDEX needs_assessment_crime ON needs_assessment (crime_reference, assessed_at);
CREATE UNIQUE INDEX needs_assessment_one_per_change ON needs_assessment (needs_change_id);

-- When an assessment is on time. The Code sets no days, so this is the force's reading, not Victims' Code law
-- (marked local_standard as the force's 7-day and 5-day standards are): the victim's needs are assessed on or
-- before the officer in charge's first contact with them, and re-assessed on or before the next contact after
-- their needs changed. Not assessed is "not recorded", never met.
CREATE TABLE needs_assessment_rule (
    id             text PRIMARY KEY,
    position       integer NOT NULL UNIQUE,
    name           text NOT NULL,
    code_right     text NOT NULL,
    rule           text NOT NULL,
    source         text NOT NULL,
    local_standard boolean NOT NULL
);
INSERT INTO needs_assessment_rule (id, position, name, code_right, rule, source, local_standard) VALUES
    ('NEEDS_ASSESSED', 1, 'Needs assessed when reported', 'Right 4', 'ASSESSED_BY_FIRST_CONTACT',
     'The force''s reading, not Victims'' Code law: the Code says the needs assessment is done when the crime is reported and sets no days; the force counts it on time when assessed on or before the officer in charge''s first contact with the victim (by the month the crime was received)',
     true),
    ('NEEDS_REASSESSED', 2, 'Re-assessed when needs changed', 'Right 4', 'REASSESSED_BY_NEXT_CONTACT',
     'The force''s reading, not Victims'' Code law: the Code says the victim is re-assessed whenever their needs change and sets no days; the force counts it on time when re-assessed on or before the next contact with the victim after the change (by the month the needs changed)',
     true);
