-- Weekly victim lists. A victim is a person; a listing is that person on one reported crime, as a
-- weekly list gave it. Screening is per listing; everyone screened out stays here, counted.

CREATE TABLE victim (
    id             uuid PRIMARY KEY,
    forename       text NOT NULL,
    surname        text NOT NULL,
    date_of_birth  date,
    phone          text,
    email          text,
    postcode       text,
    -- set when the person appears again on another crime; shown wherever they are shown
    repeat_victim  boolean NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL DEFAULT now(),
    erased_at      timestamptz
);
-- How a person is recognised again: name and date of birth, or phone, or email.
CREATE INDEX victim_name_dob ON victim (lower(forename), lower(surname), date_of_birth) WHERE date_of_birth IS NOT NULL;
CREATE INDEX victim_phone ON victim (phone) WHERE phone IS NOT NULL;
CREATE INDEX victim_email ON victim (lower(email)) WHERE email IS NOT NULL;

CREATE SEQUENCE victim_referral_number;

CREATE TABLE victim_listing (
    id                  uuid PRIMARY KEY,
    victim_id           uuid NOT NULL REFERENCES victim (id),
    crime_reference     text NOT NULL,
    reported_date       date NOT NULL,
    nfib_code           text NOT NULL REFERENCES nfib_fraud_type (code),
    ndm_score           integer CHECK (ndm_score BETWEEN 1 AND 10),
    loss_gbp            numeric(14, 2) CHECK (loss_gbp >= 0),
    list_week           date NOT NULL,
    import_job_id       uuid REFERENCES import_job (id),
    line                integer,
    screening_result    text NOT NULL CHECK (screening_result IN ('REFERRED', 'SCREENED_OUT')),
    -- the screening decision's reasons: ROMANCE_FRAUD, AGED_70_OR_OVER, NDM_SCORE_AT_OR_ABOVE_THRESHOLD, REPEAT_VICTIM
    screening_reasons   text[] NOT NULL DEFAULT '{}',
    screened_at         timestamptz NOT NULL DEFAULT now(),
    -- the business key of the victim-care process instance, e.g. VCR-000042; only when referred
    referral_reference  text UNIQUE,
    CHECK ((screening_result = 'REFERRED') = (referral_reference IS NOT NULL)),
    -- the same person on the same crime in a later list is the same listing, never a second one
    UNIQUE (victim_id, crime_reference)
);
CREATE INDEX victim_listing_week ON victim_listing (list_week, screening_result);
CREATE INDEX victim_listing_crime ON victim_listing (crime_reference);
