-- A supervisor corrects the outcome of a finalised crime. The crime keeps only its current outcome; each
-- correction keeps what it replaced, who made it and why. A correction to a crime already sent in a submitted
-- return is carried once, by the next return built, as an amendment line naming the month it amends.
CREATE TABLE outcome_correction (
    id                          bigserial PRIMARY KEY,
    crime_reference             text NOT NULL REFERENCES crime (crime_reference),
    previous_outcome_code       text NOT NULL,
    previous_home_office_outcome text NOT NULL,
    outcome_code                text NOT NULL,
    home_office_outcome         text NOT NULL,
    reason                      text NOT NULL,
    corrected_by                text NOT NULL,
    corrected_at                timestamptz NOT NULL,
    carried_in                  date REFERENCES outcome_return (month)
);
CREATE INDEX outcome_correction_crime ON outcome_correction (crime_reference);
CREATE INDEX outcome_correction_not_carried ON outcome_correction (corrected_at) WHERE carried_in IS NULL;

-- Set on an amendment line: the month of the submitted return whose outcome this line corrects.
ALTER TABLE outcome_return_crime ADD COLUMN amends_month date;
