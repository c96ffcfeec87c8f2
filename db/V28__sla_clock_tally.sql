-- The SLA dashboard's counts, kept per London day so that a period's compliance costs the same whatever
-- the volume of cases: how many clocks of each SLA version and team, falling due that day, have each
-- result. A breach's time is its clock's due time, so a day's breaches are its BREACHED and MET_LATE.
--
-- Triggers rather than the Java that writes clocks keep it, so that every write (the clock statements,
-- the demo history, bulk loads, deletes) counts, in the writer's own transaction. They only append to
-- sla_clock_tally_change, never update a shared row: concurrent task completions would otherwise queue
-- on the same day's row, and could deadlock when one transaction stops one clock and starts another.
-- SlaTallyFold moves the appended changes into sla_clock_tally every 15 seconds; readers add both.
CREATE TABLE sla_clock_tally (
    sla_id      text NOT NULL,
    sla_version integer NOT NULL,
    -- '' for a clock with no team yet (a key column cannot be NULL on PostgreSQL 14).
    team        text NOT NULL,
    due_day     date NOT NULL,
    result      text NOT NULL,
    clocks      integer NOT NULL,
    PRIMARY KEY (sla_id, sla_version, team, due_day, result)
);
CREATE INDEX sla_clock_tally_day ON sla_clock_tally (due_day);

-- Signed: a clock leaving a day, team or result is -1 there and +1 where it went.
CREATE TABLE sla_clock_tally_change (
    sla_id      text NOT NULL,
    sla_version integer NOT NULL,
    team        text NOT NULL,
    due_day     date NOT NULL,
    result      text NOT NULL,
    clocks      integer NOT NULL
);

-- One statement's net change, grouped: a bulk statement (the breach scan) appends a few rows, and an
-- update that moves no clock (attaching its task) appends none. It keeps the schema it was created in, so
-- that a writer with another search_path (a script, psql) is counted too.
CREATE FUNCTION sla_clock_tally_change() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO sla_clock_tally_change
        SELECT sla_id, sla_version, coalesce(team, ''), (due_at AT TIME ZONE 'Europe/London')::date, result, count(*)
        FROM new_clocks GROUP BY 1, 2, 3, 4, 5;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO sla_clock_tally_change
        SELECT sla_id, sla_version, coalesce(team, ''), (due_at AT TIME ZONE 'Europe/London')::date, result, -count(*)
        FROM old_clocks GROUP BY 1, 2, 3, 4, 5;
    ELSE
        INSERT INTO sla_clock_tally_change
        SELECT sla_id, sla_version, team, (due_at AT TIME ZONE 'Europe/London')::date, result, sum(clocks)
        FROM (SELECT sla_id, sla_version, coalesce(team, '') AS team, due_at, result, 1 AS clocks FROM new_clocks
              UNION ALL
              SELECT sla_id, sla_version, coalesce(team, ''), due_at, result, -1 FROM old_clocks) c
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(clocks) <> 0;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER sla_clock_tally_insert AFTER INSERT ON sla_clock
    REFERENCING NEW TABLE AS new_clocks FOR EACH STATEMENT EXECUTE FUNCTION sla_clock_tally_change();
CREATE TRIGGER sla_clock_tally_update AFTER UPDATE ON sla_clock
    REFERENCING OLD TABLE AS old_clocks NEW TABLE AS new_clocks FOR EACH STATEMENT EXECUTE FUNCTION sla_clock_tally_change();
CREATE TRIGGER sla_clock_tally_delete AFTER DELETE ON sla_clock
    REFERENCING OLD TABLE AS old_clocks FOR EACH STATEMENT EXECUTE FUNCTION sla_clock_tally_change();

-- The clocks already recorded.
INSERT INTO sla_clock_tally
SELECT sla_id, sla_version, coalesce(team, ''), (due_at AT TIME ZONE 'Europe/London')::date, result, count(*)
FROM sla_clock GROUP BY 1, 2, 3, 4, 5;
