-- ECU supervisors now add and correct intensification periods: who changed a campaign last and when, and no two
-- campaigns of the same name (the board tells them apart by name). The seeded campaign was changed by no one.
ALTER TABLE intensification_period ADD COLUMN changed_by text, ADD COLUMN changed_at timestamptz;
CREATE UNIQUE INDEX intensification_period_name_unique ON intensification_period (lower(name));
