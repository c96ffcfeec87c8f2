-- One person is one victim. A person is recognised by a normalised name AND date of birth; phone, email and
-- postcode are supporting evidence only. Partial evidence raises a possible match for a victim care officer
-- to confirm or reject, instead of merging two people.

-- Every listing keeps the person as that list gave them (name, date of birth and contact details), with the
-- keys they are matched by, and the victim record created for it (a confirmed link moves a listing to the
-- person it was linked to; un-linking moves it back there).
ALTER TABLE victim_listing
    ADD COLUMN listed_forename       text,
    ADD COLUMN listed_surname        text,
    ADD COLUMN listed_date_of_birth  date,
    ADD COLUMN listed_phone          text,
    ADD COLUMN listed_email          text,
    ADD COLUMN listed_postcode       text,
    -- forename and surname, NFKC, case-folded, accents and punctuation removed: O'Neil = ONEIL, Müller = MULLER
    ADD COLUMN listed_name_key       text,
    ADD COLUMN listed_forename_key   text,
    ADD COLUMN listed_surname_key    text,
    -- E.164 (+447700900123); trimmed and lower case
    ADD COLUMN listed_phone_key      text,
    ADD COLUMN listed_email_key      text,
    ADD COLUMN listed_victim_id      uuid REFERENCES victim (id),
    -- a referred listing of a person whose referral was still open joined that referral instead of starting one
    ADD COLUMN joined_referral_reference text;

-- Listings from before this migration are as their victim record is now; their keys are filled in by the
-- product (in Java, the one place the name rule lives) the next time a victim list is imported.
UPDATE victim_listing l SET listed_forename = v.forename, listed_surname = v.surname,
    listed_date_of_birth = v.date_of_birth, listed_phone = v.phone, listed_email = v.email,
    listed_postcode = v.postcode, listed_victim_id = v.id
FROM victim v WHERE v.id = l.victim_id;

-- Matching is a query: the same name (with or without a date of birth), or the same date of birth with the
-- same phone or email (for the possible matches where a forename or surname differs).
CREATE INDEX victim_listing_name_key ON victim_listing (listed_name_key, listed_date_of_birth);
CREATE INDEX victim_listing_dob_phone ON victim_listing (listed_date_of_birth, listed_phone_key)
    WHERE listed_phone_key IS NOT NULL;
CREATE INDEX victim_listing_dob_email ON victim_listing (listed_date_of_birth, listed_email_key)
    WHERE listed_email_key IS NOT NULL;
CREATE INDEX victim_listing_keys_missing ON victim_listing (id) WHERE listed_name_key IS NULL;
CREATE INDEX victim_listing_crime_name ON victim_listing (crime_reference, listed_name_key);

-- The old ways of recognising a person (phone alone, email alone) are gone.
DROP INDEX victim_phone;
DROP INDEX victim_email;

-- A referred listing either started its own referral or joined the person's open one.
ALTER TABLE victim_listing DROP CONSTRAINT victim_listing_check;
ALTER TABLE victim_listing ADD CONSTRAINT victim_listing_referred_check CHECK (
    (screening_result = 'REFERRED') = (referral_reference IS NOT NULL OR joined_referral_reference IS NOT NULL)
    AND (referral_reference IS NULL OR joined_referral_reference IS NULL));

-- A victim record confirmed to be the same person as another: its listings are with that one now.
ALTER TABLE victim
    ADD COLUMN linked_to  uuid REFERENCES victim (id),
    ADD COLUMN linked_at  timestamptz;

CREATE TABLE victim_possible_match (
    id                   uuid PRIMARY KEY,
    -- the victim created for the row, and the victim already known it may be
    victim_id            uuid NOT NULL REFERENCES victim (id),
    candidate_victim_id  uuid NOT NULL REFERENCES victim (id),
    listing_id           uuid NOT NULL REFERENCES victim_listing (id),
    -- the rule that raised it and each detail side by side: [{field, listed, known, comparison}]
    evidence             jsonb NOT NULL,
    status               text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CONFIRMED', 'REJECTED')),
    raised_at            timestamptz NOT NULL,
    decided_by           text,
    decided_at           timestamptz,
    CHECK ((status = 'OPEN') = (decided_by IS NULL)),
    UNIQUE (victim_id, candidate_victim_id)
);
CREATE INDEX victim_possible_match_victim ON victim_possible_match (victim_id, status);
CREATE INDEX victim_possible_match_candidate ON victim_possible_match (candidate_victim_id, status);

-- One referral per person at a time: a new crime for a person with an open referral joins it.
CREATE TABLE victim_referral_crime (
    listing_id          uuid PRIMARY KEY REFERENCES victim_listing (id),
    referral_reference  text NOT NULL REFERENCES victim_referral (reference),
    joined_at           timestamptz NOT NULL
);
CREATE INDEX victim_referral_crime_referral ON victim_referral_crime (referral_reference);

ALTER TABLE victim_referral
    -- set when a crime joins the referral; cleared when the contact plan is next agreed or changed
    ADD COLUMN contact_plan_review_since timestamptz,
    -- a referral started for a person whose earlier referral was closed follows that one
    ADD COLUMN follows_reference text REFERENCES victim_referral (reference);
