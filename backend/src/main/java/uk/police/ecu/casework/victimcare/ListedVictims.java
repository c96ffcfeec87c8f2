package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.intake.VictimListRow;

/** The victims (people) and their listings (a person on one crime) that weekly victim lists bring in. */
@Repository
class ListedVictims {

    private final JdbcClient jdbc;
    private final Clock clock;

    ListedVictims(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * The person a row names, if already known: the same name already listed on the same crime (a
     * re-sent row, even with details added or changed), or the same forename, surname and date of
     * birth, or the same phone number, or the same email address. Names match in any case. Where
     * these point at different people, the one on the same crime, then the one known longest. Only
     * the ways the row allows are asked, each by its own index.
     */
    Optional<UUID> matching(VictimListRow row) {
        List<String> ways = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("forename", row.forename());
        params.put("surname", row.surname());
        params.put("crime", row.crimeReference());
        ways.add("""
                SELECT v.id, v.created_at, 0 AS preference FROM victim v JOIN victim_listing l ON l.victim_id = v.id
                WHERE l.crime_reference = :crime AND lower(v.forename) = lower(:forename)
                AND lower(v.surname) = lower(:surname) AND v.erased_at IS NULL""");
        if (row.dateOfBirth() != null) {
            ways.add("""
                    SELECT id, created_at, 1 FROM victim WHERE date_of_birth = :dob
                    AND lower(forename) = lower(:forename) AND lower(surname) = lower(:surname) AND erased_at IS NULL""");
            params.put("dob", row.dateOfBirth());
        }
        if (row.phone() != null) {
            ways.add("SELECT id, created_at, 1 FROM victim WHERE phone = :phone AND erased_at IS NULL");
            params.put("phone", row.phone());
        }
        if (row.email() != null) {
            ways.add("SELECT id, created_at, 1 FROM victim WHERE lower(email) = lower(:email) AND erased_at IS NULL");
            params.put("email", row.email());
        }
        return jdbc.sql("SELECT id FROM (" + String.join(" UNION ALL ", ways) + ") known "
                        + "ORDER BY preference, created_at, id LIMIT 1")
                .params(params).query(UUID.class).optional();
    }

    UUID create(VictimListRow row) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO victim (id, forename, surname, date_of_birth, phone, email, postcode, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, row.forename(), row.surname(), row.dateOfBirth(), row.phone(), row.email(), row.postcode(),
                        OffsetDateTime.now(clock))
                .update();
        return id;
    }

    /** Marks a known person as a repeat victim and fills in contact details their earlier record lacked. */
    void markRepeatVictim(UUID victimId, VictimListRow row) {
        jdbc.sql("""
                        UPDATE victim SET repeat_victim = true,
                            date_of_birth = COALESCE(date_of_birth, CAST(:dob AS date)),
                            phone = COALESCE(phone, CAST(:phone AS text)),
                            email = COALESCE(email, CAST(:email AS text)),
                            postcode = COALESCE(postcode, CAST(:postcode AS text))
                        WHERE id = :id""")
                .param("dob", row.dateOfBirth())
                .param("phone", row.phone())
                .param("email", row.email())
                .param("postcode", row.postcode())
                .param("id", victimId)
                .update();
    }

    /** The crimes a person is already listed on, oldest listing first. */
    List<String> crimesOf(UUID victimId) {
        return jdbc.sql("SELECT crime_reference FROM victim_listing WHERE victim_id = ? ORDER BY screened_at, crime_reference")
                .param(victimId).query(String.class).list();
    }

    void insertListing(UUID listingId, UUID victimId, VictimListRow row, UUID jobId, ScreeningOutcome screening,
                       String referralReference) {
        jdbc.sql("""
                        INSERT INTO victim_listing (id, victim_id, crime_reference, reported_date, nfib_code, ndm_score,
                            loss_gbp, list_week, import_job_id, line, screening_result, screening_reasons,
                            screening_decision, ndm_threshold, referral_reference, screened_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(listingId, victimId, row.crimeReference(), row.reportedDate(), row.nfibCode(), row.ndmScore(),
                        row.lossGbp(), row.listWeek(), jobId, row.line(),
                        screening.referred() ? "REFERRED" : "SCREENED_OUT", screening.reasons().toArray(String[]::new),
                        screening.decision(), screening.ndmThreshold(), referralReference, OffsetDateTime.now(clock))
                .update();
    }
}
