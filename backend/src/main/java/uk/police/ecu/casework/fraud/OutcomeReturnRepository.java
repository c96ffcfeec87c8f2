package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Returns by month, and which crimes each lists. A crime can be listed in one return only. */
@Repository
class OutcomeReturnRepository {

    record OutcomeReturn(LocalDate month, String status, int crimeCount, OffsetDateTime builtAt, String submittedBy,
                         OffsetDateTime submittedAt) {
    }

    record ReturnedCrime(String crimeReference, String nfibCode, String originalNfibCode, String outcomeCode,
                         String homeOfficeOutcome, LocalDate outcomeDate, OffsetDateTime finalisedAt,
                         String policingArea, String triageDecision, LocalDate amendsMonth) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    OutcomeReturnRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Lists every crime finalised in the month (the force's days); rebuilding only adds what is missing. */
    int build(YearMonth month, String processInstanceId) {
        LocalDate first = month.atDay(1);
        jdbc.sql("""
                        INSERT INTO outcome_return (month, status, crime_count, built_at, process_instance_id)
                        VALUES (:month, 'BUILT', 0, :builtAt, :processInstanceId)
                        ON CONFLICT (month) DO UPDATE SET built_at = EXCLUDED.built_at, process_instance_id = EXCLUDED.process_instance_id
                        WHERE outcome_return.status = 'BUILT'""")
                .param("month", first)
                .param("builtAt", OffsetDateTime.now(clock))
                .param("processInstanceId", processInstanceId)
                .update();
        jdbc.sql("""
                        INSERT INTO outcome_return_crime (crime_reference, month)
                        SELECT crime_reference, :month FROM crime
                        WHERE status = 'FINALISED' AND finalised_at >= :from AND finalised_at < :to
                        ON CONFLICT (crime_reference, month) DO NOTHING""")
                .param("month", first)
                .param("from", first.atStartOfDay(clock.getZone()).toOffsetDateTime())
                .param("to", month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
                .update();
        carryCorrections(first);
        return jdbc.sql("""
                        UPDATE outcome_return SET crime_count = (SELECT count(*) FROM outcome_return_crime WHERE month = :month)
                        WHERE month = :month RETURNING crime_count""")
                .param("month", first).query(Integer.class).single();
    }

    /**
     * A finalised crime whose outcome was corrected after it was sent in a submitted return is listed again, once,
     * in the next return built, naming the month it amends. A correction made before the crime was sent needs no
     * amendment: the return that sends it reads the corrected outcome.
     */
    private void carryCorrections(LocalDate month) {
        jdbc.sql("""
                        INSERT INTO outcome_return_crime (crime_reference, month, amends_month)
                        SELECT oc.crime_reference, :month, max(sent.month)
                        FROM outcome_correction oc
                        JOIN crime c ON c.crime_reference = oc.crime_reference AND c.status = 'FINALISED'
                        JOIN outcome_return_crime sent ON sent.crime_reference = oc.crime_reference AND sent.month < :month
                        JOIN outcome_return o ON o.month = sent.month AND o.status = 'SUBMITTED'
                            AND o.submitted_at < oc.corrected_at
                        WHERE oc.carried_in IS NULL
                        GROUP BY oc.crime_reference
                        ON CONFLICT (crime_reference, month) DO NOTHING""")
                .param("month", month).update();
        jdbc.sql("""
                        UPDATE outcome_correction oc SET carried_in = :month
                        FROM outcome_return_crime r
                        WHERE oc.carried_in IS NULL AND r.crime_reference = oc.crime_reference AND r.month = :month
                            AND r.amends_month IS NOT NULL""")
                .param("month", month).update();
    }

    /**
     * A reopened crime is no longer finalised: it leaves every return not yet submitted. A submitted return
     * keeps it, as it was sent.
     */
    int withdrawFromUnsubmitted(String crimeReference) {
        return jdbc.sql("""
                        DELETE FROM outcome_return_crime r USING outcome_return o
                        WHERE r.month = o.month AND o.status = 'BUILT' AND r.crime_reference = :crimeReference""")
                .param("crimeReference", crimeReference).update();
    }

    /** Marks the return sent, keeping the file as it was sent. */
    void submitted(YearMonth month, String submittedBy, String sentFile) {
        jdbc.sql("""
                        UPDATE outcome_return SET status = 'SUBMITTED', submitted_by = :submittedBy, submitted_at = :submittedAt,
                            sent_file = :sentFile
                        WHERE month = :month""")
                .param("submittedBy", submittedBy)
                .param("sentFile", sentFile)
                .param("submittedAt", OffsetDateTime.now(clock))
                .param("month", month.atDay(1))
                .update();
    }

    /** The file as it was sent, for a return sent since V61 kept it. */
    Optional<String> sentFile(YearMonth month) {
        return jdbc.sql("SELECT sent_file FROM outcome_return WHERE month = :month AND sent_file IS NOT NULL")
                .param("month", month.atDay(1)).query(String.class).optional();
    }

    Optional<OutcomeReturn> find(YearMonth month) {
        return jdbc.sql("SELECT * FROM outcome_return WHERE month = :month").param("month", month.atDay(1))
                .query(OutcomeReturn.class).optional();
    }

    List<OutcomeReturn> all() {
        return jdbc.sql("SELECT * FROM outcome_return ORDER BY month DESC").query(OutcomeReturn.class).list();
    }

    List<ReturnedCrime> crimes(YearMonth month) {
        return jdbc.sql("""
                        SELECT c.crime_reference, c.nfib_code, c.original_nfib_code, c.outcome_code, c.home_office_outcome,
                               c.outcome_date, c.finalised_at, c.policing_area,
                               c.triage_decision, r.amends_month
                        FROM outcome_return_crime r JOIN crime c ON c.crime_reference = r.crime_reference
                        WHERE r.month = :month ORDER BY c.finalised_at, c.crime_reference""")
                .param("month", month.atDay(1)).query(ReturnedCrime.class).list();
    }
}
