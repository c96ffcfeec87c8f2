package uk.police.ecu.casework.victimcare;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code victim_romance_questionnaire} rows: the national romance fraud questionnaire, done or declined. */
@Repository
class RomanceQuestionnaireRepository {

    private final JdbcClient jdbc;

    RomanceQuestionnaireRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String referralReference, RomanceQuestionnaireTask.Outcome outcome, LocalDate completedOn, String notes,
             String recordedBy) {
        jdbc.sql("""
                        INSERT INTO victim_romance_questionnaire (referral_reference, outcome, completed_on, notes, recorded_by)
                        VALUES (:referralReference, :outcome, :completedOn, :notes, :recordedBy)""")
                .param("referralReference", referralReference)
                .param("outcome", outcome.name())
                .param("completedOn", completedOn)
                .param("notes", notes)
                .param("recordedBy", recordedBy)
                .update();
    }
}
