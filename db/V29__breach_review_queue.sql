-- The dashboard's breaches awaiting review are the oldest first: an index of the reviews themselves, in
-- breach order, gives the first page without reading every clock (a year's clocks are hundreds of
-- thousands). breached_at is the clock's, copied when the review is claimed; a breach time never changes.
ALTER TABLE sla_breach_review ADD COLUMN breached_at timestamptz;
UPDATE sla_breach_review r SET breached_at = c.breached_at FROM sla_clock c WHERE c.id = r.clock_id;
ALTER TABLE sla_breach_review ALTER COLUMN breached_at SET NOT NULL;
CREATE INDEX sla_breach_review_awaiting ON sla_breach_review (breached_at, clock_id) WHERE reviewed_at IS NULL;
DROP INDEX sla_breach_review_open;

-- The review page finds its breach by the review's process instance.
CREATE INDEX sla_breach_review_process ON sla_breach_review (process_instance_id);
