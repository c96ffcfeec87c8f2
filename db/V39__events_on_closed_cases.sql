-- Events on a filed or finalised case: they are kept on its timeline, "new information" is an event of its own,
-- and an event that needs action is reviewed by a supervisor, who keeps the case filed (with a reason) or
-- reopens it for triage. A reopened crime is no longer finalised, so it leaves any return not yet submitted
-- and appears in a later return only if it is finalised again.

ALTER TABLE case_event DROP CONSTRAINT case_event_event_type_check;
ALTER TABLE case_event ADD CONSTRAINT case_event_event_type_check CHECK (event_type IN ('ARREST',
    'INTERVIEW_UNDER_CAUTION', 'RELEASE', 'BAIL_CHANGE', 'CHARGE', 'OUT_OF_COURT_DISPOSAL', 'NEW_INFORMATION'));

-- A supervisor's decision on an event logged on a closed case.
CREATE TABLE closed_case_event_review (
    id              bigserial PRIMARY KEY,
    crime_reference text NOT NULL REFERENCES crime (crime_reference),
    case_event_id   bigint NOT NULL REFERENCES case_event (id),
    decision        text NOT NULL CHECK (decision IN ('KEEP_FILED', 'REOPEN')),
    reason          text NOT NULL,
    decided_by      text NOT NULL,
    decided_at      timestamptz NOT NULL
);
CREATE INDEX closed_case_event_review_crime ON closed_case_event_review (crime_reference);

-- A crime finalised, reopened and finalised again is in the return of each month it was finalised in.
ALTER TABLE outcome_return_crime DROP CONSTRAINT outcome_return_crime_pkey;
ALTER TABLE outcome_return_crime ADD PRIMARY KEY (crime_reference, month);

-- The victim update for an event on a closed case runs in the filed-case-event process, under the same
-- Victims' Code Right 6 limit, counted from the event's own time.
INSERT INTO sla_definition (id, version, name, process_key, start_trigger, start_element, stop_trigger, stop_element,
                            due_rule, due_amount, accountable_team, victims_code_version, effective_from, description,
                            local_standard, start_variable) VALUES
    ('victim-told-of-closed-case-event', 1, 'Victim told of arrest, charge or caution on a closed case',
     'filed-case-event', 'TASK_CREATED', 'Task_TellVictimOfEvent', 'TASK_COMPLETED', 'Task_TellVictimOfEvent',
     'TASK_DUE_DATE', NULL, 'TASK_CANDIDATE_TEAM', 'VC2020', '2021-04-01',
     'Victims'' Code 2020, Right 6: 5 working days, 1 for enhanced rights, from the event''s own date and time (victim_update_deadline CASE_EVENT), on a filed or finalised case',
     false, 'caseEventAt');
