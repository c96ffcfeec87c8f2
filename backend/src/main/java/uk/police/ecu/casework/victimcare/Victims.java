package uk.police.ecu.casework.victimcare;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Victims (people) as the victim care pages list and show them; erased victims are not shown. */
@Component
class Victims {

    static final int PAGE_SIZE = 25;

    private static final String MATCHES = """
            v.erased_at IS NULL
              AND (CAST(:text AS text) IS NULL OR v.forename || ' ' || v.surname ILIKE :text
                   OR EXISTS (SELECT 1 FROM victim_listing l WHERE l.victim_id = v.id
                              AND (l.crime_reference ILIKE :text OR l.referral_reference ILIKE :text)))""";

    private final JdbcClient jdbc;

    Victims(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                                ReferralStage.valueOf(rs.getString("stage")), ReferralDetails.instant(rs, "referred_at"))))
                .list();
        return new VictimDetail.Page(victims, total);
    }

    Optional<VictimDetail> find(UUID id, LocalDate today, List<ReferralDetail> referrals) {
        List<VictimDetail.Listing> listings = jdbc.sql("""
                        SELECT l.crime_reference, l.reported_date, l.nfib_code, t.name AS nfib_name, l.ndm_score, l.loss_gbp,
                               l.list_week, l.screening_result, l.screening_reasons, l.referral_reference
                        FROM victim_listing l LEFT JOIN nfib_fraud_type t ON t.code = l.nfib_code
                        WHERE l.victim_id = ? ORDER BY l.reported_date DESC, l.crime_reference""")
                .param(id)
                .query((rs, n) -> new VictimDetail.Listing(rs.getString("crime_reference"),
                        rs.getObject("reported_date", LocalDate.class), rs.getString("nfib_code"), rs.getString("nfib_name"),
                        (Integer) rs.getObject("ndm_score"), rs.getBigDecimal("loss_gbp"),
                        rs.getObject("list_week", LocalDate.class), rs.getString("screening_result"),
                        ReferralDetails.strings(rs.getArray("screening_reasons")), rs.getString("referral_reference")))
                .list();
        return jdbc.sql("""
                        SELECT id, forename, surname, date_of_birth, phone, email, postcode, repeat_victim
                        FROM victim WHERE id = ? AND erased_at IS NULL""")
                .param(id)
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
        return jdbc.sql("SELECT count(*) FROM victim WHERE id = ? AND erased_at IS NULL").param(id)
                .query(Integer.class).single() > 0;
    }
}
