-- Victim care lifecycles: a victim may withdraw from support or opt out of contact at any point, a closed
-- referral may be reopened, and a contact attempt with no answer is an attempt, never a contact.

-- Two more ways a referral ends, recorded by the victim care officer with the reason the victim gave.
ALTER TABLE victim_referral DROP CONSTRAINT victim_referral_closure_outcome_check;
ALTER TABLE victim_referral ADD CONSTRAINT victim_referral_closure_outcome_check
    CHECK (closure_outcome IN ('SUPPORT_COMPLETED', 'DECLINED_SUPPORT', 'UNABLE_TO_CONTACT', 'REFERRED_ON',
                               'WITHDRAWN', 'OPTED_OUT'));

-- A planned contact may end with the victim opting out of further contact. NO_ANSWER stays for contacts
-- logged before a failed attempt became an attempt; new ones are refused by the form.
ALTER TABLE victim_planned_contact DROP CONSTRAINT victim_planned_contact_outcome_check;
ALTER TABLE victim_planned_contact ADD CONSTRAINT victim_planned_contact_outcome_check
    CHECK (outcome IN ('CONTACTED', 'NO_ANSWER', 'DECLINED', 'OPTED_OUT'));

-- A failed attempt at a planned contact names the contact; one at first contact names none.
ALTER TABLE victim_contact_attempt ADD COLUMN planned_contact_id uuid REFERENCES victim_planned_contact (id);
CREATE INDEX victim_contact_attempt_planned_contact ON victim_contact_attempt (planned_contact_id)
    WHERE planned_contact_id IS NOT NULL;

-- The referral's timeline of closures and reopenings: a reopened referral clears its closure columns,
-- so each closure is kept here with its outcome and reason. occurred_on: the day it happened (for a
-- withdrawal or opt-out, the day the victim said so), which may be before the day it was recorded.
CREATE TABLE victim_referral_event (
    id                  bigserial PRIMARY KEY,
    referral_reference  text NOT NULL REFERENCES victim_referral (reference),
    kind                text NOT NULL CHECK (kind IN ('CLOSED', 'REOPENED')),
    closure_outcome     text CHECK (closure_outcome IN ('SUPPORT_COMPLETED', 'DECLINED_SUPPORT', 'UNABLE_TO_CONTACT',
                                                        'REFERRED_ON', 'WITHDRAWN', 'OPTED_OUT')),
    reason              text,
    occurred_on         date NOT NULL,
    recorded_by         text NOT NULL,
    recorded_at         timestamptz NOT NULL,
    CHECK ((kind = 'CLOSED') = (closure_outcome IS NOT NULL))
);
CREATE INDEX victim_referral_event_referral ON victim_referral_event (referral_reference, recorded_at);

-- Referrals closed before this migration have their closure on the timeline too.
INSERT INTO victim_referral_event (referral_reference, kind, closure_outcome, reason, occurred_on, recorded_by, recorded_at)
SELECT reference, 'CLOSED', closure_outcome, closure_notes, (closed_at AT TIME ZONE 'Europe/London')::date,
       coalesce(closed_by, 'unknown'), closed_at
FROM victim_referral WHERE stage = 'CLOSED' AND closed_at IS NOT NULL;
