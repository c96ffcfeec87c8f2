-- Courier fraud has no NFIB code of its own (2022 paper, paragraph 10): it is easily lost under "door to door" or
-- NFIB 90. Triage marks it on the crime, whatever its code, so the board can be shown how many there were.
ALTER TABLE crime ADD COLUMN courier_fraud boolean NOT NULL DEFAULT false;
CREATE INDEX crime_courier_fraud ON crime (reported_date) WHERE courier_fraud;
