-- An NFIB amendment (a re-sent dissemination with changed content) on a filed or finalised case goes before a
-- supervisor, as an event that needs action does: they keep the case closed, saying why, or reopen it at triage.
-- Their decision is kept with the amendment it answers instead of a logged event; each decision answers exactly
-- one of the two.
ALTER TABLE closed_case_event_review ALTER COLUMN case_event_id DROP NOT NULL;
ALTER TABLE closed_case_event_review ADD COLUMN crime_amendment_id bigint REFERENCES crime_amendment (id);
ALTER TABLE closed_case_event_review ADD CONSTRAINT closed_case_event_review_one_subject
    CHECK ((case_event_id IS NULL) <> (crime_amendment_id IS NULL));
