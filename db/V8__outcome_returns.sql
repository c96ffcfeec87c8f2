-- The monthly outcome return to the national lead force: every crime finalised in a month, in
-- exactly one month's return (the primary key on crime_reference makes a second listing impossible).
CREATE TABLE outcome_return (
    month               date PRIMARY KEY CHECK (extract(day FROM month) = 1),
    status              text NOT NULL CHECK (status IN ('BUILT', 'SUBMITTED')),
    crime_count         integer NOT NULL,
    built_at            timestamptz NOT NULL,
    submitted_by        text,
    submitted_at        timestamptz,
    process_instance_id text
);

CREATE TABLE outcome_return_crime (
    crime_reference text PRIMARY KEY REFERENCES crime (crime_reference),
    month           date NOT NULL REFERENCES outcome_return (month)
);
CREATE INDEX outcome_return_crime_month ON outcome_return_crime (month);
CREATE INDEX crime_finalised_at ON crime (finalised_at) WHERE finalised_at IS NOT NULL;
