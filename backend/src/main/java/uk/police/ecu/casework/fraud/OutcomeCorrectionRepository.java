package uk.police.ecu.casework.fraud;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Corrections of finalised outcomes: the crime holds the current outcome, each correction what it replaced. */
@Repository
class OutcomeCorrectionRepository {

    record Correction(String crimeReference, String previousOutcomeCode, String previousHomeOfficeOutcome,
                      String outcomeCode, String homeOfficeOutcome, String reason, String correctedBy,
                      OffsetDateTime correctedAt, LocalDate carriedIn) {
    }

    private final JdbcClient jdbc;

    OutcomeCorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Crime crime, String outcomeCode, String homeOfficeOutcome, String reason, String by,
                OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO outcome_correction (crime_reference, previous_outcome_code,
                            previous_home_office_outcome, outcome_code, home_office_outcome, reason, corrected_by,
                            corrected_at)
                        VALUES (:crimeReference, :previousOutcomeCode, :previousHomeOfficeOutcome, :outcomeCode,
                            :homeOfficeOutcome, :reason, :by, :at)""")
                .param("crimeReference", crime.crimeReference())
                .param("previousOutcomeCode", crime.outcomeCode())
                .param("previousHomeOfficeOutcome", crime.homeOfficeOutcome())
                .param("outcomeCode", outcomeCode)
                .param("homeOfficeOutcome", homeOfficeOutcome)
                .param("reason", reason)
                .param("by", by)
                .param("at", at)
                .update();
        jdbc.sql("""
                        UPDATE crime SET outcome_code = :outcomeCode, home_office_outcome = :homeOfficeOutcome
                        WHERE crime_reference = :crimeReference""")
                .param("outcomeCode", outcomeCode)
                .param("homeOfficeOutcome", homeOfficeOutcome)
                .param("crimeReference", crime.crimeReference())
                .update();
    }

    List<Correction> of(String crimeReference) {
        return jdbc.sql("""
                        SELECT crime_reference, previous_outcome_code, previous_home_office_outcome, outcome_code,
                               home_office_outcome, reason, corrected_by, corrected_at, carried_in
                        FROM outcome_correction WHERE crime_reference = :crimeReference ORDER BY corrected_at, id""")
                .param("crimeReference", crimeReference).query(Correction.class).list();
    }
}
