-- Every time that a rule reads (when a crime was received or finalised, when a list was uploaded, when a
-- person was first listed) is written by the application from its one clock, the engine's, which is also
-- the clock that sets due dates and fires timers. A default of the database's own now() would let a row
-- take a second clock unnoticed, so the defaults go: an insert that names no time now fails loudly.
ALTER TABLE crime ALTER COLUMN received_at DROP DEFAULT;
ALTER TABLE line_of_enquiry ALTER COLUMN recorded_at DROP DEFAULT;
ALTER TABLE victim_enhanced_rights ALTER COLUMN assessed_at DROP DEFAULT;
ALTER TABLE case_event ALTER COLUMN logged_at DROP DEFAULT;
ALTER TABLE investigation_plan_action ALTER COLUMN recorded_at DROP DEFAULT;
ALTER TABLE victim_update ALTER COLUMN recorded_at DROP DEFAULT;
ALTER TABLE case_note ALTER COLUMN created_at DROP DEFAULT;
ALTER TABLE victim ALTER COLUMN created_at DROP DEFAULT;
ALTER TABLE victim_listing ALTER COLUMN screened_at DROP DEFAULT;
ALTER TABLE victim_contact_attempt ALTER COLUMN recorded_at DROP DEFAULT;
ALTER TABLE o2r_participant ALTER COLUMN created_at DROP DEFAULT;
ALTER TABLE o2r_pathway_stage ALTER COLUMN recorded_at DROP DEFAULT;
ALTER TABLE import_job ALTER COLUMN uploaded_at DROP DEFAULT;
