package uk.police.ecu.casework.victimcare;

import static uk.police.ecu.casework.victimcare.ReferralRepository.instant;
import static uk.police.ecu.casework.victimcare.ReferralRepository.strings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parts of a referral's page that its tables hold, each as it is stored. */
@Repository
class ReferralDetailRepository {

    /** The referral, its listing and its person. */
    record Head(UUID victimId, String victimName, boolean repeatVictim, String crimeReference, String nfibCode,
                Instant referredAt, List<String> screeningReasons, ReferralStage stage, ReferralDetail.Closure closure,
                Instant contactPlanReviewSince, String followsReference) {
    }

    private final JdbcClient jdbc;

    ReferralDetailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Head> head(String reference) {
        return jdbc.sql("""
                        SELECT r.reference, l.victim_id, v.forename || ' ' || v.surname AS victim_name, v.repeat_victim,
                               l.crime_reference, l.nfib_code, r.referred_at, l.screening_reasons, r.stage,
                               r.closure_outcome, r.closed_at, coalesce(u.display_name, r.closed_by) AS closed_by,
                               r.closure_notes, r.contact_plan_review_since, r.follows_reference
                        FROM victim_referral r JOIN victim_listing l ON l.id = r.listing_id JOIN victim v ON v.id = l.victim_id
                            LEFT JOIN app_user u ON u.username = r.closed_by
                        WHERE r.reference = :reference""")
                .param("reference", reference)
                .query((rs, n) -> new Head(rs.getObject("victim_id", UUID.class), rs.getString("victim_name"),
                        rs.getBoolean("repeat_victim"), rs.getString("crime_reference"), rs.getString("nfib_code"),
                        instant(rs, "referred_at"), strings(rs.getArray("screening_reasons")),
                        ReferralStage.valueOf(rs.getString("stage")),
                        rs.getString("closure_outcome") == null ? null : new ReferralDetail.Closure(
                                rs.getString("closure_outcome"), instant(rs, "closed_at"), rs.getString("closed_by"),
                                rs.getString("closure_notes")),
                        instant(rs, "contact_plan_review_since"), rs.getString("follows_reference")))
                .optional();
    }

    /** The later crimes that joined the referral, in the order they came. */
    List<ReferralDetail.JoinedCrime> joinedCrimes(String reference) {
        return jdbc.sql("""
                        SELECT l.crime_reference, l.nfib_code, l.reported_date, c.joined_at
                        FROM victim_referral_crime c JOIN victim_listing l ON l.id = c.listing_id
                        WHERE c.referral_reference = :reference ORDER BY c.joined_at, l.crime_reference""")
                .param("reference", reference)
                .query((rs, n) -> new ReferralDetail.JoinedCrime(rs.getString("crime_reference"),
                        rs.getString("nfib_code"), rs.getObject("reported_date", LocalDate.class),
                        instant(rs, "joined_at")))
                .list();
    }

    /** The references of a victim's referrals, newest first. */
    List<String> referencesOfVictim(UUID victimId) {
        return jdbc.sql("""
                        SELECT r.reference FROM victim_referral r JOIN victim_listing l ON l.id = r.listing_id
                        WHERE l.victim_id = :victimId ORDER BY r.referred_at DESC, r.reference DESC""")
                .param("victimId", victimId).query(String.class).list();
    }

    List<ReferralDetail.ContactAttempt> attempts(String reference) {
        return jdbc.sql("""
                        SELECT a.attempted_at, a.outcome, a.notes, coalesce(u.display_name, a.recorded_by) AS recorded_by,
                               a.planned_contact_id
                        FROM victim_contact_attempt a LEFT JOIN app_user u ON u.username = a.recorded_by
                        WHERE a.referral_reference = :reference ORDER BY a.attempted_at, a.id""")
                .param("reference", reference)
                .query((rs, n) -> new ReferralDetail.ContactAttempt(instant(rs, "attempted_at"), rs.getString("outcome"),
                        rs.getString("notes"), rs.getString("recorded_by"), rs.getObject("planned_contact_id", UUID.class)))
                .list();
    }

    List<ReferralDetail.TimelineEvent> timeline(String reference) {
        return jdbc.sql("""
                        SELECT e.kind, e.closure_outcome, e.reason, e.occurred_on,
                               coalesce(u.display_name, e.recorded_by) AS recorded_by, e.recorded_at
                        FROM victim_referral_event e LEFT JOIN app_user u ON u.username = e.recorded_by
                        WHERE e.referral_reference = :reference ORDER BY e.recorded_at, e.id""")
                .param("reference", reference)
                .query((rs, n) -> new ReferralDetail.TimelineEvent(rs.getString("kind"), rs.getString("closure_outcome"),
                        rs.getString("reason"), rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("recorded_by"), instant(rs, "recorded_at")))
                .list();
    }

    Optional<ReferralDetail.Assessment> assessment(String reference) {
        return jdbc.sql("""
                        SELECT a.*, coalesce(u.display_name, a.assessed_by) AS assessed_by_name
                        FROM victim_assessment a LEFT JOIN app_user u ON u.username = a.assessed_by
                        WHERE a.referral_reference = :reference""")
                .param("reference", reference)
                .query((rs, n) -> new ReferralDetail.Assessment(rs.getObject("contacted_on", LocalDate.class),
                        rs.getString("channel"), rs.getBoolean("wants_support"),
                        new ReferralDetail.Vulnerability(rs.getBoolean("lives_alone"),
                                rs.getBoolean("health_or_cognitive_condition"), rs.getBoolean("still_in_contact_with_suspect"),
                                rs.getBoolean("significant_financial_hardship"), rs.getBoolean("low_digital_confidence")),
                        rs.getString("support_level"),
                        new ReferralDetail.EnhancedRights(rs.getBoolean("enhanced_rights"),
                                strings(rs.getArray("enhanced_rights_reasons")), rs.getString("enhanced_rights_explanation")),
                        rs.getString("assessed_by_name")))
                .optional();
    }

    /** The versions of the contact plan, first agreement first. */
    List<ReferralDetail.PlanChange> planVersions(String reference) {
        return jdbc.sql("""
                        SELECT p.version, p.reason, coalesce(u.display_name, p.agreed_by) AS agreed_by, p.agreed_at
                        FROM victim_contact_plan p LEFT JOIN app_user u ON u.username = p.agreed_by
                        WHERE p.referral_reference = :reference ORDER BY p.version""")
                .param("reference", reference)
                .query((rs, n) -> new ReferralDetail.PlanChange(rs.getInt("version"), rs.getString("reason"),
                        rs.getString("agreed_by"), instant(rs, "agreed_at")))
                .list();
    }

    /** Every contact of every version of the plan, with its stored status (PLANNED, LOGGED or REPLACED). */
    List<ReferralDetail.PlannedContact> plannedContacts(String reference) {
        return jdbc.sql("""
                        SELECT c.*, coalesce(u.display_name, c.recorded_by) AS recorded_by_name
                        FROM victim_planned_contact c LEFT JOIN app_user u ON u.username = c.recorded_by
                        WHERE c.referral_reference = :reference ORDER BY c.due_on, c.plan_version""")
                .param("reference", reference)
                .query((rs, n) -> contact(rs))
                .list();
    }

    private static ReferralDetail.PlannedContact contact(ResultSet rs) throws SQLException {
        ReferralDetail.LoggedContact logged = rs.getString("outcome") == null ? null
                : new ReferralDetail.LoggedContact(rs.getObject("contacted_on", LocalDate.class), rs.getString("outcome"),
                        strings(rs.getArray("advice")), strings(rs.getArray("resources")), rs.getString("notes"),
                        rs.getString("recorded_by_name"));
        return new ReferralDetail.PlannedContact(rs.getObject("id", UUID.class), rs.getObject("due_on", LocalDate.class),
                rs.getString("channel"), rs.getString("status"), logged);
    }

    List<ReferralDetail.ResourceIssued> resources(String reference) {
        return jdbc.sql("""
                        SELECT i.resource, i.issued_on, coalesce(u.display_name, i.issued_by) AS issued_by
                        FROM victim_resource_issue i LEFT JOIN app_user u ON u.username = i.issued_by
                        WHERE i.referral_reference = :reference ORDER BY i.issued_on, i.id""")
                .param("reference", reference)
                .query((rs, n) -> new ReferralDetail.ResourceIssued(rs.getString("resource"),
                        rs.getObject("issued_on", LocalDate.class), rs.getString("issued_by")))
                .list();
    }

    Optional<ReferralDetail.VictimSupport> victimSupport(String reference) {
        return jdbc.sql("""
                        SELECT consent_recorded_at, referred_on, victim_support_reference FROM victim_support_referral
                        WHERE referral_reference = :reference""")
                .param("reference", reference)
                .query((rs, n) -> new ReferralDetail.VictimSupport(instant(rs, "consent_recorded_at"),
                        rs.getObject("referred_on", LocalDate.class), rs.getString("victim_support_reference")))
                .optional();
    }

    Optional<ReferralDetail.Questionnaire> questionnaire(String reference) {
        return jdbc.sql("SELECT outcome, completed_on FROM victim_romance_questionnaire WHERE referral_reference = :reference")
                .param("reference", reference)
                .query((rs, n) -> new ReferralDetail.Questionnaire(rs.getString("outcome"),
                        rs.getObject("completed_on", LocalDate.class)))
                .optional();
    }
}
