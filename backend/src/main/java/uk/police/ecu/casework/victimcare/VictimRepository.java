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
import uk.police.ecu.casework.people.ListedPerson;
import uk.police.ecu.casework.people.PersonMatcher;
import uk.police.ecu.casework.shared.CommunicationNeeds;

/**
 * Victims (people) and their listings (a person on one crime): brought in by weekly victim lists, and
 * listed and shown by the victim care pages, where erased victims are not shown.
 */
@Repository
class VictimRepository {

    static final int PAGE_SIZE = 25;

    private static final String MATCHES = """
            v.erased_at IS NULL AND v.linked_to IS NULL
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

    Optional<VictimDetail> find(UUID id, LocalDate today, List<ReferralDetail> referrals,
                                List<VictimDetail.PossibleMatch> possibleMatches,
                                List<VictimDetail.PossibleMatch> confirmedLinks,
                                CommunicationNeeds communicationNeeds) {
        List<VictimDetail.Listing> listings = jdbc.sql("""
                        SELECT l.crime_reference, l.reported_date, l.nfib_code, t.name AS nfib_name, l.ndm_score, l.loss_gbp,
                               l.list_week, l.screening_result, l.screening_reasons, l.referral_reference,
                               l.joined_referral_reference, l.import_job_id, l.line, l.listed_forename, l.listed_surname,
                               l.listed_date_of_birth, l.listed_phone, l.listed_email, l.listed_postcode
                        FROM victim_listing l LEFT JOIN nfib_fraud_type t ON t.code = l.nfib_code
                        WHERE l.victim_id = :id ORDER BY l.reported_date DESC, l.crime_reference""")
                .param("id", id)
                .query((rs, n) -> new VictimDetail.Listing(rs.getString("crime_reference"),
                        rs.getObject("reported_date", LocalDate.class), rs.getString("nfib_code"), rs.getString("nfib_name"),
                        (Integer) rs.getObject("ndm_score"), rs.getBigDecimal("loss_gbp"),
                        rs.getObject("list_week", LocalDate.class), rs.getString("screening_result"),
                        ReferralRepository.strings(rs.getArray("screening_reasons")), rs.getString("referral_reference"),
                        rs.getString("joined_referral_reference"), rs.getObject("import_job_id", UUID.class),
                        (Integer) rs.getObject("line"),
                        rs.getString("listed_surname") == null ? null : new VictimDetail.ListedAs(
                                rs.getString("listed_forename"), rs.getString("listed_surname"),
                                rs.getObject("listed_date_of_birth", LocalDate.class), rs.getString("listed_phone"),
                                rs.getString("listed_email"), rs.getString("listed_postcode"))))
                .list();
        return jdbc.sql("""
                        SELECT id, forename, surname, date_of_birth, phone, email, postcode, repeat_victim, linked_to
                        FROM victim WHERE id = :id AND erased_at IS NULL""")
                .param("id", id)
                .query((rs, n) -> {
                    LocalDate born = rs.getObject("date_of_birth", LocalDate.class);
                    return new VictimDetail(id, rs.getString("forename"), rs.getString("surname"), born,
                            born == null ? null : Period.between(born, today).getYears(), rs.getString("phone"),
                            rs.getString("email"), rs.getString("postcode"), rs.getBoolean("repeat_victim"), listings,
                            referrals, rs.getObject("linked_to", UUID.class), possibleMatches, confirmedLinks,
                            communicationNeeds);
                })
                .optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM victim WHERE id = :id AND erased_at IS NULL").param("id", id)
                .query(Integer.class).single() > 0;
    }

    /** A person already known as some listing gave them: who they are now, and as that listing had them. */
    record Known(UUID victimId, OffsetDateTime knownSince, ListedPerson listed) {
    }

    /**
     * The victim already listed on this crime under this name (a re-sent row, even with details added or
     * changed), if any.
     */
    Optional<UUID> listedOnCrime(String crimeReference, String nameKey) {
        return jdbc.sql("""
                        SELECT l.victim_id FROM victim_listing l JOIN victim v ON v.id = l.victim_id
                        WHERE l.crime_reference = :crime AND l.listed_name_key = :nameKey AND v.erased_at IS NULL
                        ORDER BY v.created_at, v.id LIMIT 1""")
                .param("crime", crimeReference).param("nameKey", nameKey).query(UUID.class).optional();
    }

    /**
     * Every listing that could be of this person, for {@link PersonMatcher} to judge: the same name (with or
     * without a date of birth), or the same date of birth with the same phone or email. Each way is asked by its
     * own index; never a shared phone or email alone.
     */
    List<Known> candidates(ListedPerson person) {
        List<String> ways = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        ways.add("SELECT id FROM victim_listing WHERE listed_name_key = :nameKey");
        params.put("nameKey", person.nameKey());
        if (person.dateOfBirth() != null && person.phoneKey() != null) {
            ways.add("SELECT id FROM victim_listing WHERE listed_date_of_birth = :dob AND listed_phone_key = :phone");
            params.put("phone", person.phoneKey());
        }
        if (person.dateOfBirth() != null && person.emailKey() != null) {
            ways.add("SELECT id FROM victim_listing WHERE listed_date_of_birth = :dob AND listed_email_key = :email");
            params.put("email", person.emailKey());
        }
        params.put("dob", person.dateOfBirth());
        return jdbc.sql("""
                        SELECT v.id, v.created_at, l.listed_forename, l.listed_surname, l.listed_date_of_birth,
                               l.listed_phone, l.listed_email, l.listed_postcode
                        FROM victim_listing l JOIN victim v ON v.id = l.victim_id
                        WHERE l.id IN (""" + String.join(" UNION ", ways) + """
                        ) AND v.erased_at IS NULL AND v.linked_to IS NULL
                        ORDER BY v.created_at, v.id""")
                .params(params)
                .query((rs, n) -> new Known(rs.getObject("id", UUID.class),
                        rs.getObject("created_at", OffsetDateTime.class), listed(rs)))
                .list();
    }

    /**
     * Listings stored before the keys existed (or written without them, as demo data is), with the person as
     * they are listed, or as their victim record has them where the listing kept nothing.
     */
    List<Map.Entry<UUID, ListedPerson>> listingsWithoutKeys(int limit) {
        return jdbc.sql("""
                        SELECT l.id, COALESCE(l.listed_forename, v.forename) AS listed_forename,
                               COALESCE(l.listed_surname, v.surname) AS listed_surname,
                               CASE WHEN l.listed_forename IS NULL THEN v.date_of_birth ELSE l.listed_date_of_birth END
                                   AS listed_date_of_birth,
                               CASE WHEN l.listed_forename IS NULL THEN v.phone ELSE l.listed_phone END AS listed_phone,
                               CASE WHEN l.listed_forename IS NULL THEN v.email ELSE l.listed_email END AS listed_email,
                               CASE WHEN l.listed_forename IS NULL THEN v.postcode ELSE l.listed_postcode END
                                   AS listed_postcode
                        FROM victim_listing l JOIN victim v ON v.id = l.victim_id
                        WHERE l.listed_name_key IS NULL LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), listed(rs)))
                .list();
    }

    void fillKeys(UUID listingId, ListedPerson person) {
        jdbc.sql("""
                        UPDATE victim_listing SET listed_forename = :forename, listed_surname = :surname,
                            listed_date_of_birth = :dob, listed_phone = :phone, listed_email = :email,
                            listed_postcode = :postcode, listed_name_key = :nameKey, listed_forename_key = :forenameKey,
                            listed_surname_key = :surnameKey, listed_phone_key = :phoneKey, listed_email_key = :emailKey,
                            listed_victim_id = COALESCE(listed_victim_id, victim_id)
                        WHERE id = :id""")
                .params(listedParams(person))
                .param("id", listingId)
                .update();
    }

    private static ListedPerson listed(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ListedPerson(rs.getString("listed_forename"), rs.getString("listed_surname"),
                rs.getObject("listed_date_of_birth", LocalDate.class), rs.getString("listed_phone"),
                rs.getString("listed_email"), rs.getString("listed_postcode"));
    }

    private static Map<String, Object> listedParams(ListedPerson person) {
        Map<String, Object> params = new HashMap<>();
        params.put("forename", person.forename());
        params.put("surname", person.surname());
        params.put("dob", person.dateOfBirth());
        params.put("phone", person.phone());
        params.put("email", person.email());
        params.put("postcode", person.postcode());
        params.put("nameKey", person.nameKey());
        params.put("forenameKey", person.forenameKey());
        params.put("surnameKey", person.surnameKey());
        params.put("phoneKey", person.phoneKey());
        params.put("emailKey", person.emailKey());
        return params;
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
                       String referralReference, String joinedReferralReference) {
        jdbc.sql("""
                        INSERT INTO victim_listing (id, victim_id, crime_reference, reported_date, nfib_code, ndm_score,
                            loss_gbp, list_week, import_job_id, line, screening_result, screening_reasons,
                            screening_decision, ndm_threshold, referral_reference, joined_referral_reference, screened_at,
                            listed_forename, listed_surname, listed_date_of_birth, listed_phone, listed_email,
                            listed_postcode, listed_name_key, listed_forename_key, listed_surname_key, listed_phone_key,
                            listed_email_key, listed_victim_id)
                        VALUES (:id, :victimId, :crimeReference, :reportedDate, :nfibCode, :ndmScore,
                            :lossGbp, :listWeek, :importJobId, :line, :screeningResult, :screeningReasons,
                            :screeningDecision, :ndmThreshold, :referralReference, :joinedReferralReference, :screenedAt,
                            :forename, :surname, :dob, :phone, :email, :postcode, :nameKey, :forenameKey, :surnameKey,
                            :phoneKey, :emailKey, :victimId)""")
                .params(listedParams(ListedPeople.of(row)))
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
                .param("joinedReferralReference", joinedReferralReference)
                .param("screenedAt", OffsetDateTime.now(clock))
                .update();
    }
}
