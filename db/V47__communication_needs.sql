-- Communication needs of a victim (interpreter, preferred channel, times to avoid, other needs), recorded
-- once and shown on every task that contacts them. A fraud case holds them for its crime's victim; victim
-- care holds them for the person. Each is personal data: erased with the case, audited when changed.
CREATE TABLE crime_communication_needs (
    crime_reference      text PRIMARY KEY REFERENCES crime (crime_reference) ON DELETE CASCADE,
    interpreter_needed   boolean NOT NULL,
    interpreter_language text,
    preferred_channel    text CHECK (preferred_channel IN ('PHONE', 'EMAIL', 'LETTER', 'VISIT', 'TEXT')),
    times_to_avoid       text,
    other_needs          text,
    recorded_by          text NOT NULL,
    recorded_at          timestamptz NOT NULL,
    CHECK (NOT interpreter_needed OR interpreter_language IS NOT NULL)
);

CREATE TABLE victim_communication_needs (
    victim_id            uuid PRIMARY KEY REFERENCES victim (id) ON DELETE CASCADE,
    interpreter_needed   boolean NOT NULL,
    interpreter_language text,
    preferred_channel    text CHECK (preferred_channel IN ('PHONE', 'EMAIL', 'LETTER', 'VISIT', 'TEXT')),
    times_to_avoid       text,
    other_needs          text,
    recorded_by          text NOT NULL,
    recorded_at          timestamptz NOT NULL,
    CHECK (NOT interpreter_needed OR interpreter_language IS NOT NULL)
);
