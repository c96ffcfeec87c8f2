package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.intake.VictimListRow;

/**
 * Victims (people) and their listings (a person on one crime): brought in by weekly victim lists, and
 * listed and shown by the victim care pages, where erased victims are not shown.
 */
@Repository
class VictimRepository {

    static final int PAGE_SIZE = 25;

    private static final String MATCHES = """
            v.erased_at IS NULL
              AND (CAST(:text AS text) IS NULL OR v.forename || ' ' || v.surname ILIKE :text
                   OR EXISTS (SELECT 1 FROM victim_listing l WHERE l.victim_id = v.id
                              AND (l.crime_reference ILIKE :text OR l.referral_reference ILIKE :text)))""";

    private final JdbcClient jdbc;
    private final Clock clock;

    VictimRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code q} matches a name, a crime reference or a referral reference. */
    VictimDetail.Page search(String q, int page) {
        String text = q == null || q.isBlank() ? null : "%" + q.strip().replace("%", "\\%").replace("_", "\\_") + "%";
        long total = jdbc.sql("SELECT count(*) FROM victim v WHERE " + MATCHES).param("text", text)
                .query(Long.class).single();
        List<VictimDetail.Summary> victims = jdbc.sql("""
                        SELECT v.id, v.forename || ' ' || v.surname AS name, v.date_of_birth, v.repeat_victim,
                               latest.reference, latest.stage, latest.referred_at
                        FROM victim v LEFT JOIN LATERAL (
                            SELECT r.reference, r.stage, r.referred_at FROM victim_referral r
                            JOIN victim_listing l ON l.id = r.listing_id WHERE l.victim_id = v.id
                            ORDER BY r.referred_at DESC LIMIT 1) latest ON true
                        WHERE """ + " " + MATCHES + """

                        ORDER BY latest.referred_at DESC NULLS LAST, v.surname, v.forename, v.id
                        LIMIT :limit OFFSET :offset""")
                .param("text", text).param("limit", PAGE_SIZE).param("offset", Math.max(page, 0) * PAGE_SIZE)
                .query((rs, n) -> new VictimDetail.Summary(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getBoolean("repeat_victim"),
                        rs.getString("reference") == null ? null : new VictimDetail.LatestReferral(rs.getString("reference"),
                                ReferralStage.valueOf(rs.getString("stage")), ReferralRepository.instant(rs, "referred_at"))))
                .list();
        return new VictimDetail.Page(victims, total);
    }

    Optional<VictimDetail> find(UUID id, LocalDate today, List<ReferralDetail> referrals) {
        List<VictimDetail.Listing> listings = jdbc.sql("""
                        SELECT l.crime_reference, l.reported_date, l.nfib_code, t.name AS nfib_name, l.ndm_score, l.loss_gbp,
                               l.list_week, l.screening_result, l.screening_reasons, l.referral_reference
                        FROM victim_listing l LEFT JOIN nfib_fraud_type t ON t.code = l.nfib_code
                        WHERE l.victim_id = :id ORDER BY l.reported_date DESC, l.crime_reference""")
                .param("id", id)
                .query((rs, n) -> new VictimDetail.Listing(rs.getString("crime_reference"),
                        rs.getObject("reported_date", LocalDate.class), rs.getString("nfib_code"), rs.getString("nfib_name"),
                        (Integer) rs.getObject("ndm_score"), rs.getBigDecimal("loss_gbp"),
                        rs.getObject("list_week", LocalDate.class), rs.getString("screening_result"),
                        ReferralRepository.strings(rs.getArray("screening_reasons")), rs.getString("referral_reference")))
                .list();
        return jdbc.sql("""
                        SELECT id, forename, surname, date_of_birth, phone, email, postcode, repeat_victim
                        FROM victim WHERE id = :id AND erased_at IS NULL""")
                .param("id", id)
                .query((rs, n) -> {
                    LocalDate born = rs.getObject("date_of_birth", LocalDate.class);
                    return new VictimDetail(id, rs.getString("forename"), rs.getString("surname"), born,
                            born == null ? null : Period.between(born, today).getYears(), rs.getString("phone"),
                            rs.getString("email"), rs.getString("postcode"), rs.getBoolean("repeat_victim"), listings,
                            referrals);
                })
                .optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM victim WHERE id = :id AND erased_at IS NULL").param("id", id)
                .query(Integer.class).single() > 0;
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
                        VALUES (:id, :forename, :surname, :dob, :phone, :email, :postcode, :createdAt)""")
                .param("id", id)
                .param("forename", row.forename())
                .param("surname", row.surname())
                .param("dob", row.dateOfBirth())
                .param("phone", row.phone())
                .param("email", row.email())
                .param("postcode", row.postcode())
                .param("createdAt", OffsetDateTime.now(clock))
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
        return jdbc.sql("""
                        SELECT crime_reference FROM victim_listing WHERE victim_id = :victimId
                        ORDER BY screened_at, crime_reference""")
                .param("victimId", victimId).query(String.class).list();
    }

    void insertListing(UUID listingId, UUID victimId, VictimListRow row, UUID jobId, ScreeningOutcome screening,
                       String referralReference) {
        jdbc.sql("""
                        INSERT INTO victim_listing (id, victim_id, crime_reference, reported_date, nfib_code, ndm_score,
                            loss_gbp, list_week, import_job_id, line, screening_result, screening_reasons,
                            screening_decision, ndm_threshold, referral_reference, screened_at)
                        VALUES (:id, :victimId, :crimeReference, :reportedDate, :nfibCode, :ndmScore,
                            :lossGbp, :listWeek, :importJobId, :line, :screeningResult, :screeningReasons,
                            :screeningDecision, :ndmThreshold, :referralReference, :screenedAt)""")
                .param("id", listingId)
                .param("victimId", victimId)
                .param("crimeReference", row.crimeReference())
                .param("reportedDate", row.reportedDate())
                .param("nfibCode", row.nfibCode())
                .param("ndmScore", row.ndmScore())
                .param("lossGbp", row.lossGbp())
                .param("listWeek", row.listWeek())
                .param("importJobId", jobId)
                .param("line", row.line())
                .param("screeningResult", screening.referred() ? "REFERRED" : "SCREENED_OUT")
                .param("screeningReasons", screening.reasons().toArray(String[]::new))
                .param("screeningDecision", screening.decision())
                .param("ndmThreshold", screening.ndmThreshold())
                .param("referralReference", referralReference)
                .param("screenedAt", OffsetDateTime.now(clock))
                .update();
    }
}
