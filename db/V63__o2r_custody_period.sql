-- Time a participant spent in custody, before or during the programme: the evaluation takes these days out of
-- the offending windows, since nobody shop-steals from a cell. ended_on is empty while the person is still inside.
CREATE TABLE o2r_custody_period (
    id           bigserial PRIMARY KEY,
    participant  text NOT NULL REFERENCES o2r_participant (reference),
    started_on   date NOT NULL,
    ended_on     date,
    source       text NOT NULL,
    notes        text,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX o2r_custody_period_participant ON o2r_custody_period (participant, started_on);
