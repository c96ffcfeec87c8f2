-- Offender to Recovery: local authority areas on the programme, its settings, and each participant
-- from referral to follow-up. The engine holds where a participant is in the process (business key
-- = participant reference); these tables hold the facts the programme and its evaluation need.

-- Which local authority areas are on the programme and from which date (null: not yet live), and the
-- two teams (the engine's candidate groups) that work an area's participants.
CREATE TABLE o2r_local_authority (
    id                 text PRIMARY KEY,
    name               text NOT NULL UNIQUE,
    live_from          date,
    o2r_team           text NOT NULL REFERENCES team (id),
    drug_service_team  text NOT NULL REFERENCES team (id)
);

-- Programme rules kept as data, so the programme board can change them without a release.
CREATE TABLE o2r_setting (
    name        text PRIMARY KEY,
    value       integer NOT NULL CHECK (value > 0),
    description text NOT NULL
);

-- Months after exit at which abstinence and reoffending are followed up.
CREATE TABLE o2r_follow_up_interval (
    months integer PRIMARY KEY CHECK (months > 0)
);

CREATE SEQUENCE o2r_participant_number;

CREATE TABLE o2r_participant (
    reference                 text PRIMARY KEY,
    name                      text NOT NULL,
    date_of_birth             date NOT NULL,
    pnc_id                    text,
    local_authority           text NOT NULL REFERENCES o2r_local_authority (id),
    referral_date             date NOT NULL,
    referral_source           text NOT NULL CHECK (referral_source IN ('OFFICER', 'CUSTODY_ARREST_REFERRAL',
                                                                       'RETAILER_INTELLIGENCE', 'PROBATION')),
    substance_misuse          text NOT NULL CHECK (substance_misuse IN ('NONE', 'DRUGS', 'ALCOHOL', 'BOTH')),
    weekly_drug_spend_gbp     numeric(10, 2) CHECK (weekly_drug_spend_gbp >= 0),
    referral_notes            text,
    referred_by               text NOT NULL,
    -- REFERRED (eligibility not yet decided), INELIGIBLE, AWAITING_ASSESSMENT, DECLINED, AWAITING_ENROLMENT,
    -- ENROLLED, EXITED
    status                    text NOT NULL CHECK (status IN ('REFERRED', 'INELIGIBLE', 'AWAITING_ASSESSMENT', 'DECLINED',
                                                              'AWAITING_ENROLMENT', 'ENROLLED', 'EXITED')),
    -- every eligibility rule the referral failed: UNDER_18, TOO_FEW_SHOP_THEFT_OFFENCES,
    -- NO_SUBSTANCE_MISUSE_INDICATED, AREA_NOT_LIVE
    ineligibility_reasons     text[] NOT NULL DEFAULT '{}',
    willing_to_engage         boolean,
    consent_to_treatment      boolean,
    consent_to_info_sharing   boolean,
    assessment_notes          text,
    assessed_by               text,
    assessed_on               date,
    enrolment_date            date,
    key_worker                text,
    programme_ends_on         date,
    exit_reason               text CHECK (exit_reason IN ('COMPLETED', 'DISENGAGED', 'REOFFENDED',
                                                          'EARLY_DISCHARGE_FROM_REHAB', 'CUSTODY', 'MOVED_OUT_OF_AREA',
                                                          'WITHDREW_CONSENT', 'DIED')),
    exit_date                 date,
    exit_notes                text,
    created_at                timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'EXITED') = (exit_reason IS NOT NULL))
);
CREATE INDEX o2r_participant_area ON o2r_participant (local_authority, status);
CREATE INDEX o2r_participant_name ON o2r_participant (lower(name));

-- Shop theft offences: those on the referral, those found at reviews and at follow-ups.
CREATE TABLE o2r_offence (
    id               bigserial PRIMARY KEY,
    participant      text NOT NULL REFERENCES o2r_participant (reference),
    offence_date     date NOT NULL,
    value_stolen_gbp numeric(10, 2) NOT NULL CHECK (value_stolen_gbp >= 0),
    retailer         text,
    recorded_at      text NOT NULL CHECK (recorded_at IN ('REFERRAL', 'REVIEW', 'FOLLOW_UP')),
    recorded_by      text NOT NULL
);
CREATE INDEX o2r_offence_participant ON o2r_offence (participant, offence_date);

-- One review on its planned date. The drug referral worker's part (engagement, treatment notes: special
-- category health data) and the officer's part (new offences) are recorded separately.
CREATE TABLE o2r_review (
    id                       bigserial PRIMARY KEY,
    participant              text NOT NULL REFERENCES o2r_participant (reference),
    review_number            integer NOT NULL,
    review_date              date NOT NULL,
    engagement               text CHECK (engagement IN ('ATTENDED', 'MISSED', 'PARTLY')),
    treatment_notes          text,
    engagement_recorded_by   text,
    new_offences             integer,
    offending_recorded_by    text,
    reoffending_decision     text CHECK (reoffending_decision IN ('CONTINUE', 'EXIT')),
    reoffending_rationale    text,
    re_engaged               boolean,
    re_engagement_notes      text,
    UNIQUE (participant, review_number)
);

-- The treatment pathway, a stage at a time as it happens.
CREATE TABLE o2r_pathway_stage (
    id               bigserial PRIMARY KEY,
    participant      text NOT NULL REFERENCES o2r_participant (reference),
    stage            text NOT NULL CHECK (stage IN ('COMMUNITY_TREATMENT', 'PRESCRIBING', 'PRE_ADMISSION_COURSE',
                                                    'REHAB_ADMISSION', 'REHAB_COMPLETION', 'REHAB_EARLY_DISCHARGE',
                                                    'INTENSIVE_THERAPY', 'RESTORATIVE_MEETING', 'AFTER_CARE')),
    stage_date       date NOT NULL,
    -- for PRESCRIBING: what is prescribed
    medication       text CHECK (medication IN ('METHADONE', 'ORAL_BUPRENORPHINE',
                                                'LONG_ACTING_INJECTABLE_BUPRENORPHINE', 'OTHER')),
    -- for REHAB_EARLY_DISCHARGE: why
    discharge_reason text CHECK (discharge_reason IN ('SELF_DISCHARGED', 'SUBSTANCE_USE', 'BEHAVIOUR', 'HEALTH', 'OTHER')),
    notes            text,
    recorded_by      text NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((stage = 'PRESCRIBING') = (medication IS NOT NULL)),
    CHECK ((stage = 'REHAB_EARLY_DISCHARGE') = (discharge_reason IS NOT NULL))
);
CREATE INDEX o2r_pathway_stage_participant ON o2r_pathway_stage (participant, stage_date);

-- Follow-ups after exit, each due a set number of months after the exit date.
CREATE TABLE o2r_follow_up (
    id           bigserial PRIMARY KEY,
    participant  text NOT NULL REFERENCES o2r_participant (reference),
    months       integer NOT NULL,
    due_date     date NOT NULL,
    abstinent    boolean,
    reoffended   boolean,
    notes        text,
    recorded_by  text,
    recorded_on  date,
    UNIQUE (participant, months)
);
