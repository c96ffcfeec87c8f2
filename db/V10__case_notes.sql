-- Notes anyone working a case writes on it; shown on the case's timeline. Free text about a case, so
-- they may hold personal data: they are read only inside the case view, which is audited.
CREATE TABLE case_note (
    id              bigserial PRIMARY KEY,
    crime_reference text NOT NULL REFERENCES crime (crime_reference),
    author          text NOT NULL,
    text            text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 4000),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_note_crime ON case_note (crime_reference);
