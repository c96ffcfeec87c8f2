package uk.police.ecu.casework.recovery;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The programme's participants and what happens to them ({@code o2r_*} tables). */
@Repository
class ParticipantRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    ParticipantRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    String nextReference() {
        return "O2R-%06d".formatted(jdbc.sql("SELECT nextval('o2r_participant_number')").query(Long.class).single());
    }

    void insert(String reference, ParticipantService.Referral referral, LocalDate referralDate, String referredBy) {
        jdbc.sql("""
                INSERT INTO o2r_participant (reference, name, date_of_birth, pnc_id, local_authority, referral_date,
                    referral_source, substance_misuse, weekly_drug_spend_gbp, referral_notes, referred_by, status, created_at)
                VALUES (:reference, :name, :dob, :pnc, :area, :referralDate, :source, :misuse, :spend, :notes, :by, 'REFERRED',
                    :createdAt)""")
                .param("reference", reference).param("name", referral.name().trim()).param("dob", referral.dateOfBirth())
                .param("pnc", referral.pncId()).param("area", referral.localAuthority())
                .param("referralDate", referralDate).param("source", referral.referralSource().name())
                .param("misuse", referral.substanceMisuse().name()).param("spend", referral.weeklyDrugSpendGbp())
                .param("notes", referral.notes()).param("by", referredBy)
                .param("createdAt", OffsetDateTime.now(clock)).update();
    }

    Optional<Participant> find(String reference) {
        return jdbc.sql("SELECT * FROM o2r_participant WHERE reference = :reference").param("reference", reference)
                .query(ParticipantRepository::participant).optional();
    }

    List<Participant> search(List<String> areas, String status, String nameContains, int page, int size) {
        if (areas.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM o2r_participant
                WHERE local_authority IN (:areas)
                  AND (CAST(:status AS text) IS NULL OR status = :status)
                  AND (CAST(:q AS text) IS NULL OR lower(name) LIKE '%' || lower(:q) || '%' OR reference = upper(:q))
                ORDER BY referral_date DESC, reference DESC
                LIMIT :size OFFSET :offset""")
                .param("areas", areas).param("status", status).param("q", nameContains)
                .param("size", size).param("offset", page * size)
                .query(ParticipantRepository::participant).list();
    }

    void setStatus(String reference, String status) {
        jdbc.sql("UPDATE o2r_participant SET status = :status WHERE reference = :reference")
                .param("status", status).param("reference", reference).update();
    }

    void recordEligibility(String reference, List<String> reasons) {
        jdbc.sql("UPDATE o2r_participant SET status = :status, ineligibility_reasons = CAST(:reasons AS text[]) WHERE reference = :reference")
                .param("status", reasons.isEmpty() ? "AWAITING_ASSESSMENT" : "INELIGIBLE")
                .param("reasons", "{" + String.join(",", reasons) + "}").param("reference", reference).update();
    }

    void recordAssessment(String reference, JointAssessmentTask.Form form, String by, LocalDate on, boolean consented) {
        jdbc.sql("""
                UPDATE o2r_participant SET willing_to_engage = :willing, consent_to_treatment = :treatment,
                    consent_to_info_sharing = :sharing, assessment_notes = :notes, assessed_by = :by, assessed_on = :on,
                    status = :status
                WHERE reference = :reference""")
                .param("willing", form.willingToEngage()).param("treatment", form.consentToTreatment())
                .param("sharing", form.consentToInformationSharing()).param("notes", form.notes())
                .param("by", by).param("on", on).param("status", consented ? "AWAITING_ENROLMENT" : "DECLINED")
                .param("reference", reference).update();
    }

    void moveProgrammeEnd(String reference, LocalDate programmeEndsOn) {
        jdbc.sql("UPDATE o2r_participant SET programme_ends_on = :endsOn WHERE reference = :reference")
                .param("endsOn", programmeEndsOn).param("reference", reference).update();
    }

    void moveArea(String reference, String area, String keyWorker) {
        jdbc.sql("""
                        UPDATE o2r_participant SET local_authority = :area, key_worker = :keyWorker
                        WHERE reference = :reference""")
                .param("area", area).param("keyWorker", keyWorker).param("reference", reference).update();
    }

    void recordEnrolment(String reference, LocalDate enrolmentDate, String keyWorker, LocalDate programmeEndsOn) {
        jdbc.sql("""
                UPDATE o2r_participant SET enrolment_date = :enrolmentDate, key_worker = :keyWorker,
                    programme_ends_on = :endsOn, status = 'ENROLLED'
                WHERE reference = :reference""")
                .param("enrolmentDate", enrolmentDate).param("keyWorker", keyWorker).param("endsOn", programmeEndsOn)
                .param("reference", reference).update();
    }

    /** Marks the participant exited; an exit already recorded stays as it was. */
    void recordExit(String reference, String reason, LocalDate date, String notes) {
        jdbc.sql("""
                UPDATE o2r_participant SET status = 'EXITED', exit_reason = :reason, exit_date = :date,
                    exit_notes = :notes
                WHERE reference = :reference AND exit_reason IS NULL""")
                .param("reason", reason).param("date", date).param("notes", notes).param("reference", reference)
                .update();
    }

    /** Ends a referral before enrolment; only one still waiting for assessment or enrolment changes. */
    boolean recordLeftBeforeEnrolment(String reference, String reason, LocalDate on, String notes) {
        return jdbc.sql("""
                UPDATE o2r_participant SET status = 'LEFT_BEFORE_ENROLMENT', left_before_enrolment_reason = :reason,
                    left_before_enrolment_on = :on, left_before_enrolment_notes = :notes
                WHERE reference = :reference AND status IN ('AWAITING_ASSESSMENT', 'AWAITING_ENROLMENT')""")
                .param("reason", reason).param("on", on).param("notes", notes).param("reference", reference)
                .update() == 1;
    }

    void recordDeath(String reference, LocalDate on) {
        jdbc.sql("UPDATE o2r_participant SET died_on = :on WHERE reference = :reference AND died_on IS NULL")
                .param("on", on).param("reference", reference).update();
    }

    void addOffences(String reference, List<Offence> offences, String recordedAt, String by) {
        offences.forEach(o -> jdbc.sql("""
                INSERT INTO o2r_offence (participant, offence_date, value_stolen_gbp, retailer, recorded_at, recorded_by)
                VALUES (:reference, :offenceDate, :value, :retailer, :recordedAt, :by)""")
                .param("reference", reference).param("offenceDate", o.offenceDate()).param("value", o.valueStolenGbp())
                .param("retailer", o.retailer()).param("recordedAt", recordedAt).param("by", by).update());
    }

    List<Offence> offences(String reference) {
        return jdbc.sql("""
                SELECT offence_date, value_stolen_gbp, retailer FROM o2r_offence WHERE participant = :reference
                ORDER BY offence_date""")
                .param("reference", reference).query(Offence.class).list();
    }

    /** The participant's name and the name of their area, for their tasks. */
    record NameAndArea(String name, String area) {
    }

    Optional<NameAndArea> nameAndArea(String reference) {
        return jdbc.sql("""
                SELECT p.name, a.name AS area FROM o2r_participant p
                JOIN o2r_local_authority a ON a.id = p.local_authority WHERE p.reference = :reference""")
                .param("reference", reference)
                .query((rs, n) -> new NameAndArea(rs.getString("name"), rs.getString("area")))
                .optional();
    }

    private static Participant participant(ResultSet rs, int row) throws SQLException {
        return new Participant(rs.getString("reference"), rs.getString("name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("pnc_id"), rs.getString("local_authority"),
                rs.getObject("referral_date", LocalDate.class), rs.getString("referral_source"),
                rs.getString("substance_misuse"), rs.getBigDecimal("weekly_drug_spend_gbp"),
                rs.getString("referral_notes"), rs.getString("referred_by"), rs.getString("status"),
                strings(rs.getArray("ineligibility_reasons")), bool(rs, "willing_to_engage"),
                bool(rs, "consent_to_treatment"), bool(rs, "consent_to_info_sharing"), rs.getString("assessment_notes"),
                rs.getString("assessed_by"), rs.getObject("assessed_on", LocalDate.class),
                rs.getObject("enrolment_date", LocalDate.class), rs.getString("key_worker"),
                rs.getObject("programme_ends_on", LocalDate.class), rs.getString("exit_reason"),
                rs.getObject("exit_date", LocalDate.class), rs.getString("exit_notes"),
                rs.getString("left_before_enrolment_reason"), rs.getObject("left_before_enrolment_on", LocalDate.class),
                rs.getString("left_before_enrolment_notes"), rs.getObject("died_on", LocalDate.class));
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
