-- Protect activity the victim care unit reports to the City of London Police on APMIS (2022 paper, paragraph 21):
-- social media posts with their impressions and outreach events with the people who engaged. No personal data:
-- a title says what the post or event was, never who was there.
CREATE TABLE protect_activity (
    id           bigserial PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('SOCIAL_MEDIA_POST', 'OUTREACH_EVENT')),
    held_on      date NOT NULL,
    title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    figure       integer NOT NULL CHECK (figure BETWEEN 0 AND 10000000),
    team_id      text,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL,
    corrected_by text,
    corrected_at timestamptz
);
CREATE INDEX protect_activity_held_on ON protect_activity (held_on, kind);
