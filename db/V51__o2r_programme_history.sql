-- Offender to Recovery's real history, and local codes marked as local (issue 26, item 1).
--
-- Source: the 2024 board paper, /work/shared/seeds/000_3019f622db687aa0.txt, paragraph 35:
--   "Offending to Recovery is a programme that began in 2018 just in Erdington and has been running as a
--    pilot across Birmingham since 2021."
-- V19 recorded Birmingham as live from 2024-04-01, which no paper says. The paper gives years only, so
-- 1 January of the year stands for it and each area says so in its source; an administrator corrects
-- the day when the programme board confirms it. No paper says Birmingham has gone live (out of pilot),
-- nor that any other area has started.

-- Where an area is on the programme: not started, a pilot, or live. Referrals are accepted from the
-- pilot-from date (a pilot takes referrals) or, without a pilot, from the live-from date.
ALTER TABLE o2r_local_authority
    ADD COLUMN status     text NOT NULL DEFAULT 'NOT_STARTED' CHECK (status IN ('NOT_STARTED', 'PILOT', 'LIVE')),
    ADD COLUMN pilot_from date,
    ADD COLUMN source     text,
    ADD CONSTRAINT o2r_local_authority_live_after_pilot CHECK (live_from IS NULL OR pilot_from IS NULL OR live_from >= pilot_from);

-- Areas an administrator had already set live keep that (a kept database may hold such a change).
UPDATE o2r_local_authority SET status = 'LIVE' WHERE live_from IS NOT NULL AND id <> 'birmingham';

UPDATE o2r_local_authority
   SET status = 'PILOT', pilot_from = '2021-01-01', live_from = NULL,
       source = '2024 board paper (seed 000), paragraph 35: a pilot across Birmingham since 2021, after beginning in '
                || 'Erdington in 2018. The paper gives the years only: 1 January stands for each.'
 WHERE id = 'birmingham';

-- Each change to an area's place on the programme, oldest first: what it became, who changed it and why.
-- The administrator's changes are also in the audit log; this is the area's history as the page shows it.
CREATE TABLE o2r_local_authority_change (
    id              bigserial PRIMARY KEY,
    local_authority text NOT NULL REFERENCES o2r_local_authority (id),
    changed_at      timestamptz NOT NULL,
    changed_by      text NOT NULL,
    status          text NOT NULL CHECK (status IN ('NOT_STARTED', 'PILOT', 'LIVE')),
    pilot_from      date,
    live_from       date,
    note            text
);
CREATE INDEX o2r_local_authority_change_area ON o2r_local_authority_change (local_authority, changed_at);

INSERT INTO o2r_local_authority_change (local_authority, changed_at, changed_by, status, pilot_from, live_from, note) VALUES
    ('birmingham', '2018-01-01T00:00:00Z', 'board papers', 'PILOT', '2018-01-01', NULL,
     'Pilot began in Erdington only, a pilot area within Birmingham (2024 board paper, seed 000, paragraph 35; year only)'),
    ('birmingham', '2021-01-01T00:00:00Z', 'board papers', 'PILOT', '2021-01-01', NULL,
     'Pilot across Birmingham (2024 board paper, seed 000, paragraph 35; year only). Replaces V19''s live from 2024-04-01, which no paper supports');

-- V4 said its local outcome sub-codes 1B, 1D and 1E came from the seed papers; none of the papers holds
-- them (grep of /work/shared/seeds/ for them finds only "NFIB1D", a fraud type). They are local codes:
-- the source says so, and the API and pages show them as "local code".
ALTER TABLE local_outcome_code ADD COLUMN source text NOT NULL DEFAULT 'Local code';
UPDATE local_outcome_code
   SET source = 'Local code: not in the board papers; made up for this product, to be confirmed with the force';
