-- Victim care after referral: the referral itself, failed contact attempts, the assessment, the contact
-- plan and its contacts, protect resources (call blockers are POCA-funded stock), the onward referral to
-- Victim Support, the romance fraud questionnaire and closure. The engine holds where a referral waits;
-- these tables hold what was done, linked to it by the referral reference (the process business key).

-- The failed-attempts limit is a row of victim_care_setting, which V16 creates: it is added by V18.

-- ECVCU supervisors review referrals the team could not reach, and the team's SLA breaches.
INSERT INTO team (id, name, unit) VALUES ('ecvcu-supervisors', 'ECVCU supervisors', 'ECVCU');
UPDATE team SET supervisor_team = 'ecvcu-supervisors' WHERE id IN ('ecvcu', 'ecvcu-supervisors');

CREATE TABLE victim_referral (
    reference        text PRIMARY KEY,
    listing_id       uuid NOT NULL UNIQUE REFERENCES victim_listing (id),
    referred_at      timestamptz NOT NULL,
    stage            text NOT NULL DEFAULT 'AWAITING_FIRST_CONTACT'
                     CHECK (stage IN ('AWAITING_FIRST_CONTACT', 'UNABLE_TO_CONTACT_REVIEW', 'ASSESSED',
                                      'CONTACT_PLAN_AGREED', 'CLOSED')),
    -- Failed attempts count towards the supervisor review within a round; a supervisor's "try again" starts a new one.
    attempt_round    integer NOT NULL DEFAULT 1,
    closure_outcome  text CHECK (closure_outcome IN ('SUPPORT_COMPLETED', 'DECLINED_SUPPORT', 'UNABLE_TO_CONTACT', 'REFERRED_ON')),
    closure_notes    text,
    closed_at        timestamptz,
    closed_by        text,
    CHECK ((stage = 'CLOSED') = (closure_outcome IS NOT NULL))
);
CREATE INDEX victim_referral_stage ON victim_referral (stage);

CREATE TABLE victim_contact_attempt (
    id                  bigserial PRIMARY KEY,
    referral_reference  text NOT NULL REFERENCES victim_referral (reference),
    attempt_round       integer NOT NULL,
    attempted_at        timestamptz NOT NULL,
    outcome             text NOT NULL CHECK (outcome IN ('NO_ANSWER', 'WRONG_NUMBER', 'VOICEMAIL_LEFT')),
    notes               text,
    recorded_by         text NOT NULL,
    recorded_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX victim_contact_attempt_referral ON victim_contact_attempt (referral_reference, attempt_round);

-- A supervisor's decision on a referral the team could not reach: try again (a new round of attempts) or close.
CREATE TABLE victim_contact_review (
    referral_reference  text NOT NULL REFERENCES victim_referral (reference),
    attempt_round       integer NOT NULL,
    decision            text NOT NULL CHECK (decision IN ('TRY_AGAIN', 'CLOSE')),
    reason              text NOT NULL,
    decided_by          text NOT NULL,
    decided_at          timestamptz NOT NULL,
    PRIMARY KEY (referral_reference, attempt_round)
);

-- The first contact: the vulnerability assessment, the support level the decision gave and the Victims'
-- Code enhanced rights the officer assessed (never from age or NDM score alone).
CREATE TABLE victim_assessment (
    referral_reference          text PRIMARY KEY REFERENCES victim_referral (reference),
    contacted_on                date NOT NULL,
    channel                     text NOT NULL CHECK (channel IN ('PHONE', 'VISIT', 'EMAIL', 'LETTER')),
    wants_support               boolean NOT NULL,
    lives_alone                 boolean NOT NULL,
    health_or_cognitive_condition boolean NOT NULL,
    still_in_contact_with_suspect boolean NOT NULL,
    significant_financial_hardship boolean NOT NULL,
    low_digital_confidence      boolean NOT NULL,
    support_level               text CHECK (support_level IN ('STANDARD', 'ENHANCED', 'INTENSIVE')),
    enhanced_rights             boolean NOT NULL,
    enhanced_rights_reasons     text[] NOT NULL DEFAULT '{}',
    enhanced_rights_explanation text,
    consent_to_victim_support   boolean NOT NULL,
    notes                       text,
    assessed_by                 text NOT NULL,
    assessed_at                 timestamptz NOT NULL,
    CHECK (enhanced_rights = (cardinality(enhanced_rights_reasons) > 0))
);

-- Each agreed version of the plan; version 1 is the first agreement, later versions are changes with a reason.
CREATE TABLE victim_contact_plan (
    referral_reference  text NOT NULL REFERENCES victim_referral (reference),
    version             integer NOT NULL CHECK (version >= 1),
    reason              text,
    notes               text,
    agreed_by           text NOT NULL,
    agreed_at           timestamptz NOT NULL,
    PRIMARY KEY (referral_reference, version),
    CHECK (version = 1 OR reason IS NOT NULL)
);

-- A planned contact and, once logged, what happened. A change of plan replaces the unlogged ones.
CREATE TABLE victim_planned_contact (
    id                  uuid PRIMARY KEY,
    referral_reference  text NOT NULL REFERENCES victim_referral (reference),
    plan_version        integer NOT NULL,
    due_on              date NOT NULL,
    channel             text NOT NULL CHECK (channel IN ('PHONE', 'VISIT', 'EMAIL', 'LETTER')),
    status              text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'LOGGED', 'REPLACED')),
    contacted_on        date,
    outcome             text CHECK (outcome IN ('CONTACTED', 'NO_ANSWER', 'DECLINED')),
    advice              text[] NOT NULL DEFAULT '{}',
    resources           text[] NOT NULL DEFAULT '{}',
    notes               text,
    recorded_by         text,
    recorded_at         timestamptz,
    FOREIGN KEY (referral_reference, plan_version) REFERENCES victim_contact_plan (referral_reference, version),
    CHECK ((status = 'LOGGED') = (outcome IS NOT NULL))
);
CREATE INDEX victim_planned_contact_referral ON victim_planned_contact (referral_reference, due_on);
CREATE INDEX victim_planned_contact_logged ON victim_planned_contact (contacted_on) WHERE status = 'LOGGED';

-- Protect resources that are counted stock. Call blockers are bought with Proceeds of Crime Act money:
-- one fewer for each issued, and none can be issued when none are left.
CREATE TABLE protect_resource_stock (
    resource   text PRIMARY KEY,
    name       text NOT NULL,
    in_stock   integer NOT NULL CHECK (in_stock >= 0),
    funded_by  text NOT NULL
);
INSERT INTO protect_resource_stock (resource, name, in_stock, funded_by) VALUES
    ('CALL_BLOCKER', 'Call blocker', 20, 'POCA');

CREATE TABLE victim_resource_issue (
    id                  bigserial PRIMARY KEY,
    referral_reference  text NOT NULL REFERENCES victim_referral (reference),
    contact_id          uuid REFERENCES victim_planned_contact (id),
    resource            text NOT NULL CHECK (resource IN ('PROTECT_BOOKLET', 'CALL_BLOCKER')),
    issued_on           date NOT NULL,
    issued_by           text NOT NULL
);
CREATE INDEX victim_resource_issue_referral ON victim_resource_issue (referral_reference);
CREATE INDEX victim_resource_issue_on ON victim_resource_issue (issued_on);

-- Onward referral for long-term support, only with the victim's consent (recorded at the assessment or a contact).
CREATE TABLE victim_support_referral (
    referral_reference        text PRIMARY KEY REFERENCES victim_referral (reference),
    consent_recorded_at       timestamptz NOT NULL,
    consent_recorded_by       text NOT NULL,
    referred_on               date,
    victim_support_reference  text,
    notes                     text,
    referred_by               text
);
CREATE INDEX victim_support_referral_on ON victim_support_referral (referred_on);

-- The national romance fraud victim questionnaire (NFIB1D victims only), before closure.
CREATE TABLE victim_romance_questionnaire (
    referral_reference  text PRIMARY KEY REFERENCES victim_referral (reference),
    outcome             text NOT NULL CHECK (outcome IN ('COMPLETED', 'DECLINED')),
    completed_on        date NOT NULL,
    notes               text,
    recorded_by         text NOT NULL
);
