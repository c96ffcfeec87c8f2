-- The Victims' Code compliance report: clocks of victims who cannot be updated, and the force's survey areas.

-- A victim who opted out of updates, or could not be reached, ends the clock with that result: never MET.
-- If the clock had already passed its due time, the breach is kept (breached_at stays set): the attempt
-- was late whatever its outcome, and the report counts it as not met, with the reason.
ALTER TABLE sla_clock DROP CONSTRAINT sla_clock_result_check;
ALTER TABLE sla_clock ADD CONSTRAINT sla_clock_result_check
    CHECK (result IN ('OPEN', 'BREACHED', 'MET', 'MET_LATE', 'CANCELLED', 'OPTED_OUT', 'UNREACHABLE'));
ALTER TABLE sla_clock DROP CONSTRAINT sla_clock_check1;
ALTER TABLE sla_clock ADD CONSTRAINT sla_clock_breach_recorded
    CHECK (CASE WHEN result IN ('BREACHED', 'MET_LATE') THEN breached_at IS NOT NULL
                WHEN result IN ('OPTED_OUT', 'UNREACHABLE') THEN true
                ELSE breached_at IS NULL END);
-- The report reads clocks by the month they fell due, per Code version.
CREATE INDEX sla_clock_sla_due ON sla_clock (sla_id, due_at);

-- The areas the force's quarterly victim survey checks (2022 board paper): each is a row of the report.
-- An area with no SLA listed below has no evidence recorded in the product yet: every case received that
-- month is shown as NOT RECORDED for it, never as met.
CREATE TABLE victims_code_survey_area (
    id          text PRIMARY KEY,
    position    integer NOT NULL UNIQUE,
    name        text NOT NULL,
    code_right  text NOT NULL,
    description text NOT NULL
);
CREATE TABLE victims_code_survey_area_sla (
    area_id text NOT NULL REFERENCES victims_code_survey_area (id),
    sla_id  text NOT NULL,
    PRIMARY KEY (area_id, sla_id)
);

INSERT INTO victims_code_survey_area (id, position, name, code_right, description) VALUES
    ('CRIME_RECORDED_ACKNOWLEDGED', 1, 'Acknowledgement that the crime was recorded', 'Right 3',
     'Written acknowledgement of the crime being reported and recorded. Not recorded in the product yet.'),
    ('TIMELY_UPDATES', 2, 'Timely updates', 'Right 6',
     'Updates on the investigation: the officer in charge named, a decision not to investigate, an arrest, charge or other case event, and each planned contact.'),
    ('END_OF_JOURNEY', 3, 'Told of the end of the criminal justice journey', 'Rights 6 and 9',
     'The victim is told the case has ended and why. Not recorded in the product yet.'),
    ('SUPPORT_REFERRAL', 4, 'Referral for support within 2 working days where a need is found', 'Right 4',
     'Referral to Victim Support within 2 working days of the victim''s consent.'),
    ('PERSONAL_STATEMENT_OFFERED', 5, 'Offer of a Victim Personal Statement', 'Right 7',
     'The offer of a Victim Personal Statement. Not recorded in the product yet.');

INSERT INTO victims_code_survey_area_sla (area_id, sla_id) VALUES
    ('TIMELY_UPDATES', 'victim-told-officer'),
    ('TIMELY_UPDATES', 'victim-told-not-investigated'),
    ('TIMELY_UPDATES', 'victim-told-of-case-event'),
    ('TIMELY_UPDATES', 'victim-told-of-closed-case-event'),
    ('TIMELY_UPDATES', 'victim-told-new-officer'),
    ('TIMELY_UPDATES', 'planned-victim-contact'),
    ('SUPPORT_REFERRAL', 'victim-support-referral');
