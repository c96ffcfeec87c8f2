package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Victim updates: those given ({@code victim_update}) and the deadlines the Victims' Code sets for them,
 * version by version ({@code victim_update_deadline}).
 */
@Repository
class VictimUpdateRepository {

    /** An update as the case's timeline shows it. */
    record GivenUpdate(OffsetDateTime recordedAt, String recordedBy, String updateType, String method,
                       LocalDate toldOn, String notes, String outcome, int attempts, Boolean reviewOffered,
                       String statementResponse) {
    }

    /** An update the victim was told; {@code reviewOffered} and {@code statementResponse} only where they apply. */
    record ToldUpdate(String reference, String updateType, LocalDate toldOn, String method, Boolean supportOffered,
                      Boolean reviewOffered, String statementResponse, String notes, String recordedBy) {
    }

    record OptOut(LocalDate optedOutOn, String recordedBy, OffsetDateTime recordedAt) {
    }

    record Deadline(int standardDays, int enhancedDays, boolean workingDays) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    VictimUpdateRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(ToldUpdate update) {
        jdbc.sql("""
                        INSERT INTO victim_update (crime_reference, update_type, told_on, method, support_offered,
                            review_offered, statement_response, notes, recorded_by, recorded_at)
                        VALUES (:crimeReference, :updateType, :toldOn, :method, :supportOffered, :reviewOffered,
                            :statementResponse, :notes, :recordedBy, :recordedAt)""")
                .param("crimeReference", update.reference())
                .param("updateType", update.updateType())
                .param("toldOn", update.toldOn())
                .param("method", update.method())
                .param("supportOffered", update.supportOffered())
                .param("reviewOffered", update.reviewOffered())
                .param("statementResponse", update.statementResponse())
                .param("notes", update.notes())
                .param("recordedBy", update.recordedBy())
                .param("recordedAt", OffsetDateTime.now(clock))
                .update();
    }

    /** The victim, told who their officer is, chose no regular updates (they may agree a frequency later). */
    void recordRegularUpdatesDeclined(String reference) {
        jdbc.sql("""
                        UPDATE victim_update SET regular_updates_declined = true
                        WHERE id = (SELECT max(id) FROM victim_update WHERE crime_reference = :crimeReference
                                    AND update_type = 'OFFICER_NAMED')""")
                .param("crimeReference", reference).update();
    }

    /** Whether the victim chose no regular updates when told who their officer is. */
    boolean regularUpdatesDeclined(String reference) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM victim_update WHERE crime_reference = :crimeReference
                            AND update_type = 'OFFICER_NAMED' AND regular_updates_declined)""")
                .param("crimeReference", reference)
                .query(Boolean.class).single();
    }

    /** An update given without the victim being told (could not reach, opted out); returns its id. */
    long recordNotTold(String reference, String updateType, String outcome, String notes, String recordedBy) {
        return jdbc.sql("""
                        INSERT INTO victim_update (crime_reference, update_type, outcome, notes, recorded_by, recorded_at)
                        VALUES (:crimeReference, :updateType, :outcome, :notes, :recordedBy, :recordedAt)
                        RETURNING id""")
                .param("crimeReference", reference)
                .param("updateType", updateType)
                .param("outcome", outcome)
                .param("notes", notes)
                .param("recordedBy", recordedBy)
                .param("recordedAt", OffsetDateTime.now(clock))
                .query(Long.class).single();
    }

    void recordAttempt(long victimUpdateId, LocalDate attemptedOn, String method) {
        jdbc.sql("""
                        INSERT INTO victim_update_attempt (victim_update_id, attempted_on, method)
                        VALUES (:victimUpdateId, :attemptedOn, :method)""")
                .param("victimUpdateId", victimUpdateId)
                .param("attemptedOn", attemptedOn)
                .param("method", method)
                .update();
    }

    /** Whether the case's victim was told of the offer of a personal statement (made, whatever their answer). */
    boolean personalStatementOffered(String reference) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM victim_update WHERE crime_reference = :crimeReference
                            AND update_type = 'PERSONAL_STATEMENT' AND outcome = 'TOLD')""")
                .param("crimeReference", reference)
                .query(Boolean.class).single();
    }

    /** Whether the officer in charge could not reach the victim to tell them who they are (so nothing was agreed). */
    boolean officerNamedUnreachable(String reference) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM victim_update WHERE crime_reference = :crimeReference
                            AND update_type = 'OFFICER_NAMED' AND outcome = 'COULD_NOT_REACH')""")
                .param("crimeReference", reference)
                .query(Boolean.class).single();
    }

    /** The day the case's victim opted out of updates, if they have. */
    Optional<LocalDate> optedOutOn(String reference) {
        return optOut(reference).map(OptOut::optedOutOn);
    }

    Optional<OptOut> optOut(String reference) {
        return jdbc.sql("""
                        SELECT opted_out_on, recorded_by, recorded_at FROM victim_update_opt_out
                        WHERE crime_reference = :crimeReference""")
                .param("crimeReference", reference)
                .query((rs, n) -> new OptOut(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class)))
                .optional();
    }

    void recordOptOut(String reference, LocalDate optedOutOn, String recordedBy) {
        jdbc.sql("""
                        INSERT INTO victim_update_opt_out (crime_reference, opted_out_on, recorded_by, recorded_at)
                        VALUES (:crimeReference, :optedOutOn, :recordedBy, :recordedAt)
                        ON CONFLICT (crime_reference) DO NOTHING""")
                .param("crimeReference", reference)
                .param("optedOutOn", optedOutOn)
                .param("recordedBy", recordedBy)
                .param("recordedAt", OffsetDateTime.now(clock))
                .update();
    }

    List<GivenUpdate> onCase(String reference) {
        return jdbc.sql("""
                        SELECT u.recorded_at, u.recorded_by, u.update_type, u.method, u.told_on, u.notes, u.outcome,
                            (SELECT count(*) FROM victim_update_attempt a WHERE a.victim_update_id = u.id),
                            u.review_offered, u.statement_response
                        FROM victim_update u
                        WHERE u.crime_reference = :crimeReference""")
                .param("crimeReference", reference)
                .query((rs, n) -> new GivenUpdate(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getString(7), rs.getInt(8), rs.getObject(9, Boolean.class), rs.getString(10)))
                .list();
    }

    Optional<Deadline> deadline(String codeVersion, String updateType) {
        return jdbc.sql("""
                        SELECT standard_days, enhanced_days, working_days FROM victim_update_deadline
                        WHERE code_version = :codeVersion AND update_type = :updateType""")
                .param("codeVersion", codeVersion)
                .param("updateType", updateType)
                .query((rs, n) -> new Deadline(rs.getInt(1), rs.getInt(2), rs.getBoolean(3)))
                .optional();
    }

    /** The Code version in force on the day. */
    String codeVersionOn(LocalDate day) {
        return jdbc.sql("""
                        SELECT code_version FROM victim_update_deadline WHERE effective_from <= :day
                        ORDER BY effective_from DESC LIMIT 1""")
                .param("day", day)
                .query(String.class).single();
    }
}
