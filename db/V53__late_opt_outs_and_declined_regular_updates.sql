-- Issue 24, the agreed update frequency's gaps.

-- 1. A late opt-out never erases a breach. A victim who opts out of updates (or cannot be reached) after an
-- update's limit has passed ends its clock with that reason, but the clock keeps its breach (breached_at set).
-- The SLA dashboard's tally counted such a clock under its new result, so the breach vanished from the
-- dashboard's breaches and weekly trend when the victim opted out. The tally now counts a clock that ended
-- late, whatever the reason, as breached: an opt-out only stops clocks from its own date.
CREATE OR REPLACE FUNCTION sla_clock_tally_change() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO sla_clock_tally_change
        SELECT sla_id, sla_version, coalesce(team, ''), (due_at AT TIME ZONE 'Europe/London')::date,
               CASE WHEN result IN ('OPTED_OUT', 'UNREACHABLE') AND breached_at IS NOT NULL THEN 'BREACHED' ELSE result END,
               count(*)
        FROM new_clocks GROUP BY 1, 2, 3, 4, 5;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO sla_clock_tally_change
        SELECT sla_id, sla_version, coalesce(team, ''), (due_at AT TIME ZONE 'Europe/London')::date,
               CASE WHEN result IN ('OPTED_OUT', 'UNREACHABLE') AND breached_at IS NOT NULL THEN 'BREACHED' ELSE result END,
               -count(*)
        FROM old_clocks GROUP BY 1, 2, 3, 4, 5;
    ELSE
        INSERT INTO sla_clock_tally_change
        SELECT sla_id, sla_version, team, (due_at AT TIME ZONE 'Europe/London')::date, result, sum(clocks)
        FROM (SELECT sla_id, sla_version, coalesce(team, '') AS team, due_at,
                     CASE WHEN result IN ('OPTED_OUT', 'UNREACHABLE') AND breached_at IS NOT NULL THEN 'BREACHED'
                          ELSE result END AS result, 1 AS clocks FROM new_clocks
              UNION ALL
              SELECT sla_id, sla_version, coalesce(team, ''), due_at,
                     CASE WHEN result IN ('OPTED_OUT', 'UNREACHABLE') AND breached_at IS NOT NULL THEN 'BREACHED'
                          ELSE result END, -1 FROM old_clocks) c
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(clocks) <> 0;
    END IF;
    RETURN NULL;
END $$;

-- The late endings already counted: moved back to breached.
INSERT INTO sla_clock_tally_change
SELECT sla_id, sla_version, coalesce(team, ''), (due_at AT TIME ZONE 'Europe/London')::date, b.result, b.clocks * count(*)
FROM sla_clock CROSS JOIN LATERAL (VALUES (sla_clock.result, -1), ('BREACHED', 1)) AS b (result, clocks)
WHERE sla_clock.result IN ('OPTED_OUT', 'UNREACHABLE') AND sla_clock.breached_at IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, b.clocks;

-- When the officer tells the victim who they are, the victim agrees how often to be updated, or chooses no regular
-- updates: an explicit answer, recorded here (they are still told of every case event and decision, and may agree
-- a frequency later). Older rows with neither are "not recorded".
ALTER TABLE victim_update ADD COLUMN regular_updates_declined boolean;
