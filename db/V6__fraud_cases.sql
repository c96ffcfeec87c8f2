-- Fraud cases: the domain facts of each disseminated crime. The engine holds where the case is
-- in its process; these tables hold what is known about it, linked by the crime reference
-- (the process instance's business key).
CREATE TABLE crime (
    crime_reference      text PRIMARY KEY,
    reported_date        date NOT NULL,
    nfib_code            text NOT NULL,
    original_nfib_code   text NOT NULL,
    nfib_code_unknown    boolean NOT NULL DEFAULT false,
    victim_type          text NOT NULL CHECK (victim_type IN ('INDIVIDUAL', 'ORGANISATION')),
    victim_name          text NOT NULL,
    victim_date_of_birth date,
    victim_email         text,
    victim_phone         text,
    victim_postcode      text,
    loss_gbp             numeric(14, 2),
    ndm_score            integer CHECK (ndm_score BETWEEN 1 AND 10),
    policing_area        text,
    summary              text,
    suspect_details      text,
    status               text NOT NULL DEFAULT 'RECEIVED',
    priority             text,
    triage_decision      text CHECK (triage_decision IN ('ALLOCATE_ECU', 'ALLOCATE_AREA', 'FILE')),
    filing_rationale     text,
    allocated_team       text REFERENCES team (id),
    allocated_officer    text REFERENCES app_user (username),
    outcome_code         text,
    home_office_outcome  text,
    outcome_date         date,
    finalised_at         timestamptz,
    received_at          timestamptz NOT NULL DEFAULT now(),
    received_by          text NOT NULL
);
CREATE INDEX crime_status ON crime (status);
CREATE INDEX crime_outcome_date ON crime (outcome_date) WHERE outcome_date IS NOT NULL;
CREATE INDEX crime_allocated_team ON crime (allocated_team);

CREATE TABLE line_of_enquiry (
    id              bigserial PRIMARY KEY,
    crime_reference text NOT NULL REFERENCES crime (crime_reference),
    description     text NOT NULL,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX line_of_enquiry_crime ON line_of_enquiry (crime_reference);

-- Enhanced rights under the Victims' Code are an assessed fact with a category, never inferred
-- from age alone.
CREATE TABLE victim_enhanced_rights (
    crime_reference text PRIMARY KEY REFERENCES crime (crime_reference),
    category        text NOT NULL CHECK (category IN ('MOST_SERIOUS_CRIME', 'PERSISTENTLY_TARGETED', 'VULNERABLE', 'INTIMIDATED')),
    reason          text NOT NULL,
    assessed_by     text NOT NULL,
    assessed_at     timestamptz NOT NULL DEFAULT now()
);

-- Time limits of victim updates, versioned by the Code (or local standard) they come from. A new
-- Code arrives as new rows with a later effective date; running cases keep the version they started under.
CREATE TABLE victim_update_deadline (
    code_version    text NOT NULL,
    effective_from  date NOT NULL,
    update_type     text NOT NULL,
    standard_days   integer NOT NULL,
    enhanced_days   integer NOT NULL,
    working_days    boolean NOT NULL,
    source          text NOT NULL,
    PRIMARY KEY (code_version, update_type)
);
INSERT INTO victim_update_deadline VALUES
    ('VC2020', '2021-04-01', 'NOT_INVESTIGATED', 5, 1, true,  'Victims'' Code 2020, Right 6: decision not to investigate'),
    ('VC2020', '2021-04-01', 'CASE_EVENT',       5, 1, true,  'Victims'' Code 2020, Right 6: arrest, interview, release, bail change, charge or out-of-court disposal'),
    ('VC2020', '2021-04-01', 'OFFICER_NAMED',    7, 7, false, 'Local standard (West Midlands Police): officer in charge contacts the victim within 7 days of allocation');

-- Events on an investigation that the victim must be told of.
CREATE TABLE case_event (
    id              bigserial PRIMARY KEY,
    crime_reference text NOT NULL REFERENCES crime (crime_reference),
    event_type      text NOT NULL CHECK (event_type IN ('ARREST', 'INTERVIEW_UNDER_CAUTION', 'RELEASE', 'BAIL_CHANGE', 'CHARGE', 'OUT_OF_COURT_DISPOSAL')),
    occurred_on     date NOT NULL,
    details         text,
    logged_by       text NOT NULL,
    logged_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_event_crime ON case_event (crime_reference);

CREATE TABLE investigation_plan_action (
    id              bigserial PRIMARY KEY,
    crime_reference text NOT NULL REFERENCES crime (crime_reference),
    description     text NOT NULL,
    owner           text NOT NULL,
    due_date        date NOT NULL,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX investigation_plan_action_crime ON investigation_plan_action (crime_reference);

-- Each time the victim was told something the Victims' Code requires.
CREATE TABLE victim_update (
    id              bigserial PRIMARY KEY,
    crime_reference text NOT NULL REFERENCES crime (crime_reference),
    update_type     text NOT NULL CHECK (update_type IN ('NOT_INVESTIGATED', 'OFFICER_NAMED', 'CASE_EVENT')),
    told_on         date NOT NULL,
    method          text NOT NULL CHECK (method IN ('PHONE', 'VISIT', 'EMAIL', 'LETTER')),
    support_offered boolean,
    notes           text,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX victim_update_crime ON victim_update (crime_reference);
