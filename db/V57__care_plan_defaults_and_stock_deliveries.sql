-- Issue 26 item 4. The vulnerability assessment's support level now drives the contact plan it leads to:
-- each level has a default contact frequency, the advice areas to cover and the protect resources to offer.
-- They are defaults only: the officer agrees the plan with the victim and may change any of them.
CREATE TABLE victim_care_plan_default (
    support_level       text PRIMARY KEY CHECK (support_level IN ('INTENSIVE', 'ENHANCED', 'STANDARD')),
    name                text NOT NULL,
    contact_every_days  integer NOT NULL CHECK (contact_every_days BETWEEN 1 AND 365),
    contacts            integer NOT NULL CHECK (contacts BETWEEN 1 AND 52),
    advice              text[] NOT NULL,
    resources           text[] NOT NULL
);
INSERT INTO victim_care_plan_default (support_level, name, contact_every_days, contacts, advice, resources) VALUES
    ('INTENSIVE', 'High support', 7, 6,
     ARRAY['BANKING_SAFEGUARDING', 'BANKING_PROTOCOL', 'INTERNET_SAFETY', 'LASTING_POWER_OF_ATTORNEY', 'SCAM_TRENDS'],
     ARRAY['CALL_BLOCKER', 'PROTECT_BOOKLET']),
    ('ENHANCED', 'Enhanced support', 14, 4,
     ARRAY['BANKING_SAFEGUARDING', 'BANKING_PROTOCOL', 'SCAM_TRENDS'],
     ARRAY['CALL_BLOCKER', 'PROTECT_BOOKLET']),
    ('STANDARD', 'Low support', 28, 2,
     ARRAY['SCAM_TRENDS'],
     ARRAY['PROTECT_BOOKLET']);

-- Stock that only went down: deliveries now put it back up, and each resource warns when it runs low.
ALTER TABLE protect_resource_stock ADD COLUMN low_stock_threshold integer NOT NULL DEFAULT 0
    CHECK (low_stock_threshold >= 0);
UPDATE protect_resource_stock SET low_stock_threshold = 5 WHERE resource = 'CALL_BLOCKER';

CREATE TABLE protect_resource_delivery (
    id           bigserial PRIMARY KEY,
    resource     text NOT NULL REFERENCES protect_resource_stock (resource),
    quantity     integer NOT NULL CHECK (quantity > 0),
    received_on  date NOT NULL,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX protect_resource_delivery_resource ON protect_resource_delivery (resource, received_on);
