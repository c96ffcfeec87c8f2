-- The victim's agreed update frequency (issue 24, item 2; Victims' Code Right 6 "frequency of updates"): when the
-- officer in charge first tells the victim who they are, they agree how often the victim wants to hear and how.
-- The victim may change it at any time. The 2020 Code sets no fixed interval: the limit is the one agreed with
-- the victim (the contact plan), not Code law.

-- Each agreement, the first and every change after it: the latest row is the one in force. Personal data of
-- the case (audited when recorded or changed); the reason for a change is erased with the case's free text.
CREATE TABLE victim_update_agreement (
    id              bigserial PRIMARY KEY,
    crime_reference text NOT NULL REFERENCES crime (crime_reference) ON DELETE CASCADE,
    every_days      integer NOT NULL CHECK (every_days BETWEEN 1 AND 90),
    method          text NOT NULL CHECK (method IN ('PHONE', 'EMAIL', 'LETTER', 'VISIT')),
    agreed_on       date NOT NULL,
    reason          text,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL
);
CREATE INDEX victim_update_agreement_crime ON victim_update_agreement (crime_reference, id);

-- A regular update given at the agreed frequency is a victim update like the others.
ALTER TABLE victim_update DROP CONSTRAINT IF EXISTS victim_update_update_type_check;
ALTER TABLE victim_update ADD CONSTRAINT victim_update_update_type_check
    CHECK (update_type IN ('NOT_INVESTIGATED', 'OFFICER_NAMED', 'CASE_EVENT', 'NEW_OFFICER', 'DECISION',
                           'PERSONAL_STATEMENT', 'REGULAR'));

-- The limit's source, with the other victim-update limits. The days are the suggested default (monthly, 28
-- days, as the 2015-era guidance's "at least monthly"); each case's own interval is the one agreed with its victim.
INSERT INTO victim_update_deadline (code_version, effective_from, update_type, standard_days, enhanced_days,
                                    working_days, source, local_standard) VALUES
    ('VC2020', '2021-04-01', 'REGULAR', 28, 28, false,
     'Agreed with the victim (contact plan), not Victims'' Code law: Right 6 lets the victim choose how often they are updated and how, and change it at any time; the 2020 Code sets no interval. 28 days is only the suggested default',
     true);

INSERT INTO sla_definition (id, version, name, process_key, start_trigger, start_element, stop_trigger, stop_element,
                            due_rule, due_amount, accountable_team, victims_code_version, effective_from, description,
                            local_standard, start_variable) VALUES
    ('regular-victim-update', 1, 'Regular updates at the agreed frequency', 'fraud-triage', 'TASK_CREATED', 'Task_UpdateVictim', 'TASK_COMPLETED', 'Task_UpdateVictim',
     'TASK_DUE_DATE', NULL, 'TASK_CANDIDATE_TEAM', 'VC2020', '2021-04-01',
     'Agreed with the victim, not Victims'' Code law: each update is due the agreed number of days after the last one given (or after the agreement), while the investigation is open (victim_update_deadline REGULAR)',
     true, NULL);

INSERT INTO victims_code_survey_area_sla (area_id, sla_id) VALUES
    ('TIMELY_UPDATES', 'regular-victim-update');
