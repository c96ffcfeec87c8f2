-- Rights that were not timed (issue 24, item 2): the victim told of the decision that ends the investigation
-- (charge, out-of-court disposal or no further action), with the offer of the Victims' Right to Review when no
-- further action is taken, and the offer of a Victim Personal Statement when the suspect is charged.

-- The two new kinds of victim update, and what each records beyond "told".
ALTER TABLE victim_update DROP CONSTRAINT IF EXISTS victim_update_update_type_check;
ALTER TABLE victim_update ADD CONSTRAINT victim_update_update_type_check
    CHECK (update_type IN ('NOT_INVESTIGATED', 'OFFICER_NAMED', 'CASE_EVENT', 'NEW_OFFICER', 'DECISION',
                           'PERSONAL_STATEMENT'));
-- A decision update on a no-further-action outcome: whether the Victims' Right to Review was offered.
ALTER TABLE victim_update ADD COLUMN review_offered boolean;
-- A Victim Personal Statement offer: the victim's answer (a statement offered is an update told).
ALTER TABLE victim_update ADD COLUMN statement_response text
    CHECK (statement_response IN ('ACCEPTED', 'DECLINED', 'UNDECIDED'));

-- The decision update is Right 6 (recalled: to be checked against the GOV.UK text before shown as law). The
-- Personal Statement offer has no limit in the Code; the force works to the same 5 / 1 working days: a local
-- working limit, not Code law.
INSERT INTO victim_update_deadline (code_version, effective_from, update_type, standard_days, enhanced_days,
                                    working_days, source, local_standard) VALUES
    ('VC2020', '2021-04-01', 'DECISION', 5, 1, true,
     'Victims'' Code 2020, Right 6 (recalled): decision to charge, give an out-of-court disposal or take no further action, from the decision''s date',
     false),
    ('VC2020', '2021-04-01', 'PERSONAL_STATEMENT', 5, 1, true,
     'Force working limit, not Victims'' Code law: the offer of a Victim Personal Statement (Right 7) within 5 working days of the decision to charge, 1 with Enhanced Rights',
     true);

INSERT INTO sla_definition (id, version, name, process_key, start_trigger, start_element, stop_trigger, stop_element,
                            due_rule, due_amount, accountable_team, victims_code_version, effective_from, description,
                            local_standard, start_variable) VALUES
    ('victim-told-of-decision', 1, 'Victim told of the decision', 'fraud-triage', 'TASK_CREATED', 'Task_TellVictimOfDecision', 'TASK_COMPLETED', 'Task_TellVictimOfDecision',
     'TASK_DUE_DATE', NULL, 'TASK_CANDIDATE_TEAM', 'VC2020', '2021-04-01',
     'Victims'' Code 2020, Right 6 (recalled): 5 working days, 1 for enhanced rights, from the date of the decision to charge, give an out-of-court disposal or take no further action (victim_update_deadline DECISION)',
     false, 'decisionAt'),
    ('personal-statement-offered', 1, 'Victim Personal Statement offered', 'fraud-triage', 'TASK_CREATED', 'Task_OfferPersonalStatement', 'TASK_COMPLETED', 'Task_OfferPersonalStatement',
     'TASK_DUE_DATE', NULL, 'TASK_CANDIDATE_TEAM', 'VC2020', '2021-04-01',
     'Force working limit (not Victims'' Code law): 5 working days, 1 for enhanced rights, from the date of the decision to charge (victim_update_deadline PERSONAL_STATEMENT)',
     true, 'decisionAt'),
    ('personal-statement-offered-on-charge', 1, 'Victim Personal Statement offered after a charge', 'fraud-triage', 'TASK_CREATED', 'Task_OfferPersonalStatementOnCharge', 'TASK_COMPLETED', 'Task_OfferPersonalStatementOnCharge',
     'TASK_DUE_DATE', NULL, 'TASK_CANDIDATE_TEAM', 'VC2020', '2021-04-01',
     'Force working limit (not Victims'' Code law): 5 working days, 1 for enhanced rights, from a charge logged as a case event (victim_update_deadline PERSONAL_STATEMENT); a later charge outcome then offers no second statement',
     true, 'caseEventAt');

INSERT INTO victims_code_survey_area_sla (area_id, sla_id) VALUES
    ('END_OF_JOURNEY', 'victim-told-of-decision'),
    ('PERSONAL_STATEMENT_OFFERED', 'personal-statement-offered'),
    ('PERSONAL_STATEMENT_OFFERED', 'personal-statement-offered-on-charge');

UPDATE victims_code_survey_area
SET description = 'The victim is told of the decision that ends the investigation (charge, out-of-court disposal or no further action) and why, with the offer of the Victims'' Right to Review on no further action.'
WHERE id = 'END_OF_JOURNEY';
UPDATE victims_code_survey_area
SET description = 'The offer of a Victim Personal Statement when the suspect is charged; met only when the offer is recorded.'
WHERE id = 'PERSONAL_STATEMENT_OFFERED';
