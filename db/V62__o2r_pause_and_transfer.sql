-- A participant's programme held while they cannot take part (custody, hospital): paused days move the
-- programme's end later, so the 12-month point is measured on time on the programme.
CREATE TABLE o2r_participant_pause (
    id           bigserial PRIMARY KEY,
    participant  text NOT NULL REFERENCES o2r_participant (reference),
    reason       text NOT NULL CHECK (reason IN ('CUSTODY', 'HOSPITAL', 'OTHER')),
    notes        text,
    started_on   date NOT NULL,
    ended_on     date CHECK (ended_on >= started_on),
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL,
    resumed_by   text,
    resumed_at   timestamptz,
    CHECK ((ended_on IS NULL) = (resumed_by IS NULL) AND (ended_on IS NULL) = (resumed_at IS NULL))
);
-- At most one open pause per participant.
CREATE UNIQUE INDEX o2r_participant_pause_open ON o2r_participant_pause (participant) WHERE ended_on IS NULL;

-- The areas a participant has belonged to, with dates; the open row is the current area.
CREATE TABLE o2r_participant_area_change (
    id               bigserial PRIMARY KEY,
    participant      text NOT NULL REFERENCES o2r_participant (reference),
    local_authority  text NOT NULL REFERENCES o2r_local_authority (id),
    from_on          date NOT NULL,
    to_on            date CHECK (to_on >= from_on),
    recorded_by      text NOT NULL,
    recorded_at      timestamptz NOT NULL
);
CREATE UNIQUE INDEX o2r_participant_area_change_open ON o2r_participant_area_change (participant) WHERE to_on IS NULL;
