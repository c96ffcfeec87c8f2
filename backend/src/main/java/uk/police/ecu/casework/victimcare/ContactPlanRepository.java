package uk.police.ecu.casework.victimcare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A referral's contact plan: its versions ({@code victim_contact_plan}) and their planned contacts
 * ({@code victim_planned_contact}), each PLANNED until logged or REPLACED by a later version.
 */
@Repository
class ContactPlanRepository {

    /** A contact the plan sets out: on which day, and how. */
    record NewContact(LocalDate dueOn, Channel channel) {
    }

    private final JdbcClient jdbc;

    ContactPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The contacts of the plan not yet logged, soonest first. */
    List<String> openContactIds(String referralReference) {
        return jdbc.sql("""
                        SELECT id::text FROM victim_planned_contact WHERE referral_reference = :referralReference
                        AND status = 'PLANNED'
                        ORDER BY due_on, id""")
                .param("referralReference", referralReference).query(String.class).list();
    }

    LocalDate dueOn(UUID plannedContactId) {
        return jdbc.sql("SELECT due_on FROM victim_planned_contact WHERE id = :id")
                .param("id", plannedContactId).query(LocalDate.class).single();
    }

    /** Adds a version of the plan with its contacts; version 1 is the first agreement. */
    void addVersion(String referralReference, int version, List<NewContact> contacts, String reason, String notes,
                    String agreedBy, Instant agreedAt) {
        jdbc.sql("""
                        INSERT INTO victim_contact_plan (referral_reference, version, reason, notes, agreed_by, agreed_at)
                        VALUES (:referralReference, :version, :reason, :notes, :agreedBy, :agreedAt)""")
                .param("referralReference", referralReference)
                .param("version", version)
                .param("reason", reason)
                .param("notes", notes)
                .param("agreedBy", agreedBy)
                .param("agreedAt", ReferralRepository.utc(agreedAt))
                .update();
        contacts.forEach(contact -> jdbc.sql("""
                        INSERT INTO victim_planned_contact (id, referral_reference, plan_version, due_on, channel)
                        VALUES (:id, :referralReference, :version, :dueOn, :channel)""")
                .param("id", UUID.randomUUID())
                .param("referralReference", referralReference)
                .param("version", version)
                .param("dueOn", contact.dueOn())
                .param("channel", contact.channel().name())
                .update());
        // An agreed or changed plan is the review a crime joining the referral asked for.
        jdbc.sql("UPDATE victim_referral SET contact_plan_review_since = NULL WHERE reference = :referralReference")
                .param("referralReference", referralReference)
                .update();
    }

    /** The plan's current version, or 0 when none has been agreed. */
    int currentVersion(String referralReference) {
        return jdbc.sql("SELECT coalesce(max(version), 0) FROM victim_contact_plan WHERE referral_reference = :referralReference")
                .param("referralReference", referralReference).query(Integer.class).single();
    }

    /** Contacts not yet logged give way to a new plan; logged ones stay as they were. */
    void replaceUnlogged(String referralReference) {
        jdbc.sql("""
                        UPDATE victim_planned_contact SET status = 'REPLACED'
                        WHERE referral_reference = :referralReference AND status = 'PLANNED'""")
                .param("referralReference", referralReference).update();
    }

    /** Logs one planned contact of the referral with what happened, the advice given and the resources issued. */
    void logContact(UUID plannedContactId, String referralReference, LocalDate contactedOn,
                    PlannedContactTask.Outcome outcome, Collection<PlannedContactTask.Advice> advice,
                    Collection<ProtectResource> resources, String notes, String recordedBy, Instant recordedAt) {
        jdbc.sql("""
                        UPDATE victim_planned_contact SET status = 'LOGGED', contacted_on = :contactedOn, outcome = :outcome,
                            advice = :advice, resources = :resources, notes = :notes, recorded_by = :recordedBy,
                            recorded_at = :recordedAt
                        WHERE id = :id AND referral_reference = :referralReference""")
                .param("contactedOn", contactedOn)
                .param("outcome", outcome.name())
                .param("advice", advice.stream().map(Enum::name).toArray(String[]::new))
                .param("resources", resources.stream().map(Enum::name).toArray(String[]::new))
                .param("notes", notes)
                .param("recordedBy", recordedBy)
                .param("recordedAt", ReferralRepository.utc(recordedAt))
                .param("id", plannedContactId)
                .param("referralReference", referralReference)
                .update();
    }
}
