-- Victims' Code clocks start from the event the Code (or the local standard) names, not from when somebody
-- logged it: the recording of the crime for "officer in charge named", the arrest, charge, interview, release
-- or bail change itself for the Right 6 update. Clocks already stored keep their meaning: they ran under
-- version 1 of their definition; new clocks start under version 2.

-- Which limits are the force's own standards rather than Victims' Code law (shown as such to users).
ALTER TABLE sla_definition ADD COLUMN local_standard boolean NOT NULL DEFAULT false;
-- The task variable holding the moment the clock starts from (the event's own time); none: when the task is created.
ALTER TABLE sla_definition ADD COLUMN start_variable text;
ALTER TABLE victim_update_deadline ADD COLUMN local_standard boolean NOT NULL DEFAULT false;

UPDATE sla_definition SET local_standard = true
WHERE id IN ('triage-completed', 'nfib90-recategorised', 'filing-approved', 'victim-told-officer');
UPDATE victim_update_deadline SET local_standard = true WHERE update_type = 'OFFICER_NAMED';
-- The local standard counts from the crime being recorded, as the seed papers put it.
UPDATE victim_update_deadline
SET source = 'Local standard (West Midlands Police), not Victims'' Code law: officer in charge contacts the victim within 7 days of the crime being recorded'
WHERE update_type = 'OFFICER_NAMED' AND code_version = 'VC2020';

INSERT INTO sla_definition (id, version, name, process_key, start_trigger, start_element, stop_trigger, stop_element,
                            due_rule, due_amount, accountable_team, victims_code_version, effective_from, description,
                            local_standard, start_variable) VALUES
    ('victim-told-officer', 2, 'Victim told who is investigating', 'fraud-triage', 'TASK_CREATED', 'Task_TellVictimOfficer', 'TASK_COMPLETED', 'Task_TellVictimOfficer',
     'TASK_DUE_DATE', NULL, 'TASK_CANDIDATE_TEAM', 'VC2020', '2021-04-01',
     'Local standard (not Victims'' Code law): 7 days from the crime being recorded, from the start of its recorded date (victim_update_deadline OFFICER_NAMED)',
     true, 'crimeRecordedAt'),
    ('victim-told-of-case-event', 2, 'Victim told of arrest, charge or caution', 'fraud-triage', 'TASK_CREATED', 'Task_TellVictimOfEvent', 'TASK_COMPLETED', 'Task_TellVictimOfEvent',
     'TASK_DUE_DATE', NULL, 'TASK_CANDIDATE_TEAM', 'VC2020', '2021-04-01',
     'Victims'' Code 2020, Right 6: 5 working days, 1 for enhanced rights, from the event''s own date and time (victim_update_deadline CASE_EVENT); the local 5-day standard is met by the same clock',
     false, 'caseEventAt');

-- When the event happened, to the minute; rows logged before this carry only their date (occurred_on).
ALTER TABLE case_event ADD COLUMN occurred_at timestamptz;
