-- The board report: figures the force's board papers were compiled by hand, now read from the product.

-- Reference figures the board compares the force with, as data so a newer paper only changes a row.
CREATE TABLE board_reference_figure (
    id      text PRIMARY KEY,
    name    text NOT NULL,
    value   numeric(8, 2) NOT NULL,
    unit    text NOT NULL CHECK (unit IN ('PERCENT')),
    source  text NOT NULL
);
INSERT INTO board_reference_figure (id, name, value, unit, source) VALUES
    ('NATIONAL_FRAUD_OUTCOME_RATE', 'National fraud outcome rate', 2.9, 'PERCENT',
     '2024 paper to the board (ECU triage of fraud): "Nationally, outcomes relating to fraud sit at 2.9%"');

-- Which Home Office outcomes count as positive (charge or summons, caution, taken into consideration,
-- penalty notice, cannabis or khat warning, community resolution), as the national outcome rate counts them.
ALTER TABLE home_office_outcome ADD COLUMN positive boolean NOT NULL DEFAULT false;
UPDATE home_office_outcome SET positive = true WHERE code IN ('1', '1A', '2', '2A', '3', '3A', '4', '6', '7', '8');

-- National intensification periods led by the City of London Police: a campaign on some fraud types
-- between two dates. The board is shown the activity in each.
CREATE TABLE intensification_period (
    id         bigserial PRIMARY KEY,
    name       text NOT NULL,
    starts_on  date NOT NULL,
    ends_on    date NOT NULL,
    source     text,
    CHECK (ends_on >= starts_on)
);
CREATE TABLE intensification_period_fraud_type (
    period_id  bigint NOT NULL REFERENCES intensification_period (id) ON DELETE CASCADE,
    nfib_code  text NOT NULL REFERENCES nfib_fraud_type (code),
    PRIMARY KEY (period_id, nfib_code)
);

-- The 2022 paper: "romance fraud based campaign will be run around Valentine's day". It gives no dates,
-- so February is recorded; the unit corrects the dates to the national campaign's when it is announced.
INSERT INTO intensification_period (name, starts_on, ends_on, source) VALUES
    ('Romance fraud around Valentine''s Day 2026', DATE '2026-02-01', DATE '2026-02-28',
     '2022 paper to the Strategic Policing and Crime Board, paragraph 17 (dates not given there)');
INSERT INTO intensification_period_fraud_type (period_id, nfib_code)
    SELECT id, 'NFIB1D' FROM intensification_period WHERE name = 'Romance fraud around Valentine''s Day 2026';
