-- Case lifecycles the fraud process was missing (issue 24, item 4).

-- A victim update is not always "told": the officer may not reach the victim after trying, or the victim has
-- opted out of updates (Victims' Code: a victim may choose not to be updated). Rows before this were all told.
ALTER TABLE victim_update ADD COLUMN outcome text NOT NULL DEFAULT 'TOLD'
    CHECK (outcome IN ('TOLD', 'COULD_NOT_REACH', 'VICTIM_OPTED_OUT'));
ALTER TABLE victim_update ALTER COLUMN told_on DROP NOT NULL;
ALTER TABLE victim_update ALTER COLUMN method DROP NOT NULL;
ALTER TABLE victim_update ADD CONSTRAINT victim_update_told_has_date_and_method
    CHECK (outcome <> 'TOLD' OR (told_on IS NOT NULL AND method IS NOT NULL));
ALTER TABLE victim_update DROP CONSTRAINT IF EXISTS victim_update_update_type_check;
ALTER TABLE victim_update ADD CONSTRAINT victim_update_update_type_check
    CHECK (update_type IN ('NOT_INVESTIGATED', 'OFFICER_NAMED', 'CASE_EVENT', 'NEW_OFFICER'));

-- Each attempt to reach a victim who could not be reached: when and how.
CREATE TABLE victim_update_attempt (
    id               bigserial PRIMARY KEY,
    victim_update_id bigint NOT NULL REFERENCES victim_update (id),
    attempted_on     date NOT NULL,
    method           text NOT NULL CHECK (method IN ('PHONE', 'VISIT', 'EMAIL', 'LETTER'))
);
CREATE INDEX victim_update_attempt_update ON victim_update_attempt (victim_update_id);

-- A victim who opted out of updates on a case: later update tasks are still created (so every right is
-- accounted for) and may be completed as opted out, never counted as met.
CREATE TABLE victim_update_opt_out (
    crime_reference text PRIMARY KEY REFERENCES crime (crime_reference),
    opted_out_on    date NOT NULL,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL
);

-- An area team refusing a crime allocated to it, with its reason; the crime goes back to ECU triage.
CREATE TABLE allocation_refusal (
    id              bigserial PRIMARY KEY,
    crime_reference text NOT NULL REFERENCES crime (crime_reference),
    team            text NOT NULL,
    reason_category text NOT NULL CHECK (reason_category IN
        ('NOT_IN_AREA', 'NO_CAPACITY', 'NEEDS_SPECIALIST', 'INSUFFICIENT_INFORMATION', 'OTHER')),
    reason          text NOT NULL,
    refused_by      text NOT NULL,
    refused_at      timestamptz NOT NULL
);
CREATE INDEX allocation_refusal_crime ON allocation_refusal (crime_reference);

-- Changes of a case's officer in charge (a supervisor moving the case to another officer of its team).
CREATE TABLE officer_in_charge_change (
    id              bigserial PRIMARY KEY,
    crime_reference text NOT NULL REFERENCES crime (crime_reference),
    from_officer    text,
    to_officer      text NOT NULL,
    reason          text NOT NULL,
    changed_by      text NOT NULL,
    changed_at      timestamptz NOT NULL
);
CREATE INDEX officer_in_charge_change_crime ON officer_in_charge_change (crime_reference);

-- The victim is told of their new officer in charge as of the first one: the same local standard, 7 days,
-- counted from the change.
INSERT INTO victim_update_deadline (code_version, effective_from, update_type, standard_days, enhanced_days,
                                    working_days, source, local_standard) VALUES
    ('VC2020', '2021-04-01', 'NEW_OFFICER', 7, 7, false,
     'Local standard (West Midlands Police), not Victims'' Code law: the victim is told of a new officer in charge within 7 days of the change',
     true);

INSERT INTO sla_definition (id, version, name, process_key, start_trigger, start_element, stop_trigger, stop_element,
                            due_rule, due_amount, accountable_team, victims_code_version, effective_from, description,
                            local_standard, start_variable) VALUES
    ('victim-told-new-officer', 1, 'Victim told of their new officer', 'fraud-triage', 'TASK_CREATED', 'Task_TellVictimNewOfficer', 'TASK_COMPLETED', 'Task_TellVictimNewOfficer',
     'TASK_DUE_DATE', NULL, 'TASK_CANDIDATE_TEAM', 'VC2020', '2021-04-01',
     'Local standard (not Victims'' Code law): 7 days from the change of officer in charge (victim_update_deadline NEW_OFFICER)',
     true, NULL);

-- Return to NFIB / not for this force: triage sends the crime back to the NFIB with a reason code, and the crime
-- is finalised on a path of its own, whose only outcome is 20 (another body has investigation primacy).
ALTER TABLE crime DROP CONSTRAINT IF EXISTS crime_triage_decision_check;
ALTER TABLE crime ADD CONSTRAINT crime_triage_decision_check
    CHECK (triage_decision IN ('ALLOCATE_ECU', 'ALLOCATE_AREA', 'FILE', 'RETURN_TO_NFIB'));
ALTER TABLE outcome_code_path DROP CONSTRAINT IF EXISTS outcome_code_path_path_check;
ALTER TABLE outcome_code_path ADD CONSTRAINT outcome_code_path_path_check
    CHECK (path IN ('FILED_AT_TRIAGE', 'INVESTIGATED', 'NFIB_RETURNED'));
INSERT INTO outcome_code_path (path, category, home_office_code, confidence) VALUES
    ('NFIB_RETURNED', 'NO_FURTHER_ACTION', '20', 'high');

CREATE TABLE nfib_return (
    crime_reference text PRIMARY KEY REFERENCES crime (crime_reference),
    reason_code     text NOT NULL CHECK (reason_code IN
        ('VICTIM_AND_SUSPECT_OUTSIDE_FORCE', 'ANOTHER_FORCE_INVESTIGATING', 'DUPLICATE', 'NOT_A_CRIME', 'OTHER')),
    reason          text NOT NULL,
    returned_by     text NOT NULL,
    returned_at     timestamptz NOT NULL
);
