-- Service levels. Each SLA is a row of sla_definition: what starts and stops its clock, how its due time
-- is worked out, when it warns and which team answers for it. A definition is versioned: a new version
-- (e.g. a new Victims' Code, with its effective date) applies to clocks started after it; a running clock
-- keeps the version it started under (sla_clock.sla_version).
CREATE TABLE sla_definition (
    id                   text NOT NULL,
    version              integer NOT NULL,
    name                 text NOT NULL,
    process_key          text NOT NULL,
    -- PROCESS_STARTED (start_element unused) or TASK_CREATED of the BPMN user task start_element.
    start_trigger        text NOT NULL CHECK (start_trigger IN ('PROCESS_STARTED', 'TASK_CREATED')),
    start_element        text,
    -- The clock stops when the user task stop_element is completed.
    stop_trigger         text NOT NULL CHECK (stop_trigger IN ('TASK_COMPLETED')),
    stop_element         text NOT NULL,
    -- TASK_DUE_DATE: the task's own due date (a planned contact's date, or a Victims' Code update whose
    -- limits are kept per Code version in victim_update_deadline, counted from the case's facts).
    due_rule             text NOT NULL CHECK (due_rule IN ('CALENDAR_DAYS', 'WORKING_DAYS', 'HOURS', 'TASK_DUE_DATE')),
    due_amount           integer CHECK (due_amount >= 0),
    warning_percent      integer NOT NULL DEFAULT 75 CHECK (warning_percent BETWEEN 1 AND 100),
    -- A team id, or TASK_CANDIDATE_TEAM: the first candidate team of the task that stops the clock.
    accountable_team     text NOT NULL,
    victims_code_version text,
    effective_from       date NOT NULL,
    description          text NOT NULL,
    PRIMARY KEY (id, version),
    CHECK ((due_rule = 'TASK_DUE_DATE') = (due_amount IS NULL)),
    CHECK ((start_trigger = 'TASK_CREATED') = (start_element IS NOT NULL))
);
CREATE INDEX sla_definition_start ON sla_definition (process_key, start_trigger, start_element);

INSERT INTO sla_definition (id, version, name, process_key, start_trigger, start_element, stop_trigger, stop_element,
                            due_rule, due_amount, accountable_team, victims_code_version, effective_from, description) VALUES
    ('triage-completed', 1, 'Triage completed', 'fraud-triage', 'PROCESS_STARTED', NULL, 'TASK_COMPLETED', 'Task_Triage',
     'WORKING_DAYS', 5, 'ecu-triage', NULL, '2021-04-01',
     'Local standard: a dissemination is triaged within 5 working days of intake'),
    ('nfib90-recategorised', 1, 'NFIB90 recategorisation', 'fraud-triage', 'TASK_CREATED', 'Task_Recategorise', 'TASK_COMPLETED', 'Task_Recategorise',
     'WORKING_DAYS', 2, 'ecu-triage', NULL, '2021-04-01',
     'Local standard: an NFIB90 or unknown fraud type is recategorised within 2 working days'),
    ('filing-approved', 1, 'Supervisor approval of a filing', 'fraud-triage', 'TASK_CREATED', 'Task_ApproveFiling', 'TASK_COMPLETED', 'Task_ApproveFiling',
     'WORKING_DAYS', 2, 'ecu-supervisors', NULL, '2021-04-01',
     'Local standard: a supervisor decides on a filing within 2 working days'),
    ('victim-told-not-investigated', 1, 'Victim told the crime will not be investigated', 'fraud-triage', 'TASK_CREATED', 'Task_TellVictimNotInvestigated', 'TASK_COMPLETED', 'Task_TellVictimNotInvestigated',
     'TASK_DUE_DATE', NULL, 'TASK_CANDIDATE_TEAM', 'VC2020', '2021-04-01',
     'Victims'' Code 2020, Right 6: 5 working days, 1 for enhanced rights (victim_update_deadline NOT_INVESTIGATED)'),
    ('victim-told-officer', 1, 'Victim told who is investigating', 'fraud-triage', 'TASK_CREATED', 'Task_TellVictimOfficer', 'TASK_COMPLETED', 'Task_TellVictimOfficer',
     'TASK_DUE_DATE', NULL, 'TASK_CANDIDATE_TEAM', 'VC2020', '2021-04-01',
     'Local standard under the Victims'' Code 2020: 7 days from allocation (victim_update_deadline OFFICER_NAMED)'),
    ('victim-told-of-case-event', 1, 'Victim told of arrest, charge or caution', 'fraud-triage', 'TASK_CREATED', 'Task_TellVictimOfEvent', 'TASK_COMPLETED', 'Task_TellVictimOfEvent',
     'TASK_DUE_DATE', NULL, 'TASK_CANDIDATE_TEAM', 'VC2020', '2021-04-01',
     'Victims'' Code 2020, Right 6: 5 working days, 1 for enhanced rights (victim_update_deadline CASE_EVENT)'),
    -- The processes of the rows below are not built yet: the rows wait, with no clocks, until their models exist.
    ('victim-first-contact', 1, 'First contact of a referred victim', 'victim-care', 'TASK_CREATED', 'Task_FirstContact', 'TASK_COMPLETED', 'Task_FirstContact',
     'WORKING_DAYS', 2, 'ecvcu', 'VC2020', '2021-04-01',
     'Victims'' Code 2020 / ECVCU standard: a referred victim is first contacted within 2 working days'),
    ('victim-support-referral', 1, 'Victim Support referral after consent', 'victim-care', 'TASK_CREATED', 'Task_ReferToVictimSupport', 'TASK_COMPLETED', 'Task_ReferToVictimSupport',
     'WORKING_DAYS', 2, 'ecvcu', 'VC2020', '2021-04-01',
     'Victims'' Code 2020, Right 4: referral to support services within 2 working days of consent'),
    ('planned-victim-contact', 1, 'Planned victim contact', 'victim-care', 'TASK_CREATED', 'Task_PlannedContact', 'TASK_COMPLETED', 'Task_PlannedContact',
     'TASK_DUE_DATE', NULL, 'TASK_CANDIDATE_TEAM', 'VC2020', '2021-04-01',
     'Each planned contact with a victim, on the date agreed'),
    ('o2r-review', 1, 'O2R review', 'o2r-programme', 'TASK_CREATED', 'Task_ProgrammeReview', 'TASK_COMPLETED', 'Task_ProgrammeReview',
     'TASK_DUE_DATE', NULL, 'TASK_CANDIDATE_TEAM', NULL, '2021-04-01',
     'Offender to Recovery programme review, on its planned date');

-- Who reviews a team's breaches: the team whose members supervise it (none: the team's own supervisors).
ALTER TABLE team ADD COLUMN supervisor_team text REFERENCES team (id);
UPDATE team SET supervisor_team = 'ecu-supervisors' WHERE id IN ('ecu-triage', 'ecu-investigations', 'ecu-supervisors');

-- One running or finished SLA clock. result: OPEN (running, not yet due), BREACHED (still running, due
-- passed), MET (stopped before due), MET_LATE (stopped at or after due: also a breach, so breached_at is
-- set), CANCELLED (its task was deleted unfinished, e.g. the case was withdrawn: not counted).
CREATE TABLE sla_clock (
    id                   bigserial PRIMARY KEY,
    sla_id               text NOT NULL,
    sla_version          integer NOT NULL,
    process_key          text NOT NULL,
    process_instance_id  text NOT NULL,
    case_reference       text,
    -- What started it: the task's id (task-started clocks) or the process instance's (process-started).
    start_key            text NOT NULL,
    -- The task that stops it, once it exists (set at start for task-started clocks).
    task_id              text,
    team                 text,
    started_at           timestamptz NOT NULL,
    due_at               timestamptz NOT NULL,
    warn_at              timestamptz NOT NULL,
    stopped_at           timestamptz,
    result               text NOT NULL DEFAULT 'OPEN'
                         CHECK (result IN ('OPEN', 'BREACHED', 'MET', 'MET_LATE', 'CANCELLED')),
    -- The true time of the breach (the due time), however late it was noticed; set exactly once.
    breached_at          timestamptz,
    FOREIGN KEY (sla_id, sla_version) REFERENCES sla_definition (id, version),
    CHECK (breached_at IS NULL OR breached_at = due_at),
    CHECK ((result IN ('BREACHED', 'MET_LATE')) = (breached_at IS NOT NULL))
);
-- One clock per SLA and starting task or process instance, however often the start event is seen.
CREATE UNIQUE INDEX sla_clock_once ON sla_clock (sla_id, start_key);
CREATE INDEX sla_clock_task ON sla_clock (task_id);
CREATE INDEX sla_clock_open_due ON sla_clock (due_at) WHERE result = 'OPEN';
CREATE INDEX sla_clock_running ON sla_clock (result, team, sla_id) WHERE stopped_at IS NULL;
CREATE INDEX sla_clock_instance ON sla_clock (process_instance_id) WHERE stopped_at IS NULL;
CREATE INDEX sla_clock_due ON sla_clock (due_at);
CREATE INDEX sla_clock_at_risk ON sla_clock (warn_at) WHERE result = 'OPEN';
CREATE INDEX sla_clock_breached ON sla_clock (breached_at) WHERE breached_at IS NOT NULL;

-- A supervisor's review of one breach.
CREATE TABLE sla_breach_review (
    clock_id            bigint PRIMARY KEY REFERENCES sla_clock (id),
    -- The breach-review process instance (set just after the row claims the breach, in the same transaction).
    process_instance_id text,
    review_task_id      text,
    review_team         text NOT NULL,
    cause               text CHECK (cause IN ('WORKLOAD', 'VICTIM_UNREACHABLE', 'SYSTEM', 'OTHER')),
    justified           boolean,
    action_taken        text,
    reviewed_by         text,
    reviewed_at         timestamptz
);
CREATE INDEX sla_breach_review_open ON sla_breach_review (clock_id) WHERE reviewed_at IS NULL;
