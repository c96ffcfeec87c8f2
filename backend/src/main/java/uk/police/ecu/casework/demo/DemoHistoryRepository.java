package uk.police.ecu.casework.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.sla.SlaDueTimes;
import uk.police.ecu.casework.victimcare.ScreeningOutcome;

/**
 * What the demo writes straight to the tables because no product path may: people and listings screened in
 * past weeks, service-level clocks finished
 * in past weeks and running clocks moved back so that work is at risk or late; and it asks whether the demo is
 * already there. Made only when demo data is on, so no production node carries these writes.
 */
@Repository
@ConditionalOnProperty(name = DemoContribution.SWITCH, havingValue = "true")
class DemoHistoryRepository {

    record Listing(UUID id, UUID victimId, String crimeReference, LocalDate reported, String nfibCode, Integer ndm,
                   BigDecimal loss, LocalDate listWeek, ScreeningOutcome outcome, String referralReference,
                   OffsetDateTime screenedAt) {
    }

    /** A service-level clock stopped in the past; a late one has a supervisor's review too. */
    record FinishedClock(String slaId, String startKey, String caseReference, String team, Instant started,
                         Instant due, Instant warn, Instant stopped, boolean late) {
    }

    private final JdbcClient jdbc;

    DemoHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasCrime(String crimeReference) {
        return jdbc.sql("SELECT count(*) FROM crime WHERE crime_reference = :crime")
                .param("crime", crimeReference).query(Integer.class).single() > 0;
    }

    boolean hasVictimListedOn(String crimeReference) {
        return jdbc.sql("SELECT count(*) FROM victim_listing WHERE crime_reference = :crime")
                .param("crime", crimeReference).query(Integer.class).single() > 0;
    }

    void addVictim(UUID id, String forename, String surname, LocalDate born, String phone, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO victim (id, forename, surname, date_of_birth, phone, postcode, created_at)
                        VALUES (:id, :forename, :surname, :born, :phone, 'B5 4BU', :at)""")
                .param("id", id).param("forename", forename).param("surname", surname).param("born", born)
                .param("phone", phone).param("at", at).update();
    }

    boolean isRepeatVictim(UUID id) {
        return jdbc.sql("SELECT repeat_victim FROM victim WHERE id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    void markRepeatVictim(UUID id) {
        jdbc.sql("UPDATE victim SET repeat_victim = true WHERE id = :id").param("id", id).update();
    }

    void addListing(Listing listing) {
        ScreeningOutcome outcome = listing.outcome();
        jdbc.sql("""
                        INSERT INTO victim_listing (id, victim_id, crime_reference, reported_date, nfib_code, ndm_score,
                            loss_gbp, list_week, screening_result, screening_reasons, screening_decision,
                            ndm_threshold, referral_reference, screened_at)
                        VALUES (:id, :victimId, :crime, :reported, :nfibCode, :ndm, :loss, :listWeek, :result,
                            :reasons, :decision, :threshold, :referral, :screenedAt)""")
                .param("id", listing.id()).param("victimId", listing.victimId())
                .param("crime", listing.crimeReference()).param("reported", listing.reported())
                .param("nfibCode", listing.nfibCode()).param("ndm", listing.ndm()).param("loss", listing.loss())
                .param("listWeek", listing.listWeek())
                .param("result", outcome.referred() ? "REFERRED" : "SCREENED_OUT")
                .param("reasons", outcome.reasons().toArray(String[]::new))
                .param("decision", outcome.decision()).param("threshold", outcome.ndmThreshold())
                .param("referral", listing.referralReference()).param("screenedAt", listing.screenedAt())
                .update();
    }

    boolean hasClocksMarked(String startKeyPrefix) {
        return jdbc.sql("SELECT count(*) FROM sla_clock WHERE start_key LIKE :prefix")
                .param("prefix", startKeyPrefix + "%").query(Integer.class).single() > 0;
    }

    void addFinishedClock(FinishedClock clock) {
        jdbc.sql("""
                        INSERT INTO sla_clock (sla_id, sla_version, process_key, process_instance_id,
                            case_reference, start_key, team, started_at, due_at, warn_at, stopped_at, result,
                            breached_at)
                        VALUES (:slaId, 1, 'fraud-triage', :startKey, :caseReference, :startKey, :team, :started,
                            :due, :warn, :stopped, :result, :breachedAt)""")
                .param("slaId", clock.slaId()).param("startKey", clock.startKey())
                .param("caseReference", clock.caseReference()).param("team", clock.team())
                .param("started", utc(clock.started())).param("due", utc(clock.due()))
                .param("warn", utc(clock.warn())).param("stopped", utc(clock.stopped()))
                .param("result", clock.late() ? "MET_LATE" : "MET")
                .param("breachedAt", clock.late() ? utc(clock.due()) : null)
                .update();
        if (clock.late()) {
            jdbc.sql("""
                            INSERT INTO sla_breach_review (clock_id, review_team, cause, justified, action_taken,
                                reviewed_by, reviewed_at, breached_at)
                            SELECT id, 'ecu-supervisors', 'WORKLOAD', false, 'Work shared across the team',
                                'ecu.supervisor', stopped_at, breached_at
                            FROM sla_clock WHERE start_key = :startKey""")
                    .param("startKey", clock.startKey()).update();
        }
    }

    void moveClockBack(String caseReference, String slaId, Instant started, SlaDueTimes.Deadline deadline) {
        jdbc.sql("""
                        UPDATE sla_clock SET started_at = :started, due_at = :due, warn_at = :warn
                        WHERE case_reference = :caseReference AND sla_id = :slaId AND result = 'OPEN'""")
                .param("started", utc(started)).param("due", utc(deadline.due()))
                .param("warn", utc(deadline.warn())).param("caseReference", caseReference).param("slaId", slaId)
                .update();
    }

    boolean hasParticipants() {
        return jdbc.sql("SELECT count(*) FROM o2r_participant").query(Long.class).single() > 0;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
