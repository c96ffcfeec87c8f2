package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A referral's contact plan as the model reads it: one {@code Task_PlannedContact} for each contact of the
 * plan not yet logged, due at the end of its planned day. Used as {@code plannedContacts.open(execution)}
 * and {@code plannedContacts.due(plannedContactId)}.
 */
@Component("plannedContacts")
public class PlannedContacts {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final JdbcClient jdbc;
    private final Clock clock;

    PlannedContacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record NewContact(LocalDate dueOn, Channel channel) {
    }

    public List<String> open(DelegateExecution execution) {
        return jdbc.sql("""
                        SELECT id::text FROM victim_planned_contact WHERE referral_reference = ? AND status = 'PLANNED'
                        ORDER BY due_on, id""")
                .param(execution.getProcessBusinessKey()).query(String.class).list();
    }

    public Date due(String plannedContactId) {
        LocalDate dueOn = jdbc.sql("SELECT due_on FROM victim_planned_contact WHERE id = ?")
                .param(UUID.fromString(plannedContactId)).query(LocalDate.class).single();
        return Date.from(dueOn.atTime(END_OF_DAY).atZone(clock.getZone()).toInstant());
    }

    /** Adds a version of the plan with its contacts; version 1 is the first agreement. */
    void addVersion(String referralReference, int version, List<NewContact> contacts, String reason, String notes,
                    String agreedBy, Instant agreedAt) {
        jdbc.sql("""
                        INSERT INTO victim_contact_plan (referral_reference, version, reason, notes, agreed_by, agreed_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(referralReference, version, reason, notes, agreedBy, ReferralRepository.utc(agreedAt)).update();
        contacts.forEach(contact -> jdbc.sql("""
                        INSERT INTO victim_planned_contact (id, referral_reference, plan_version, due_on, channel)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), referralReference, version, contact.dueOn(), contact.channel().name())
                .update());
    }

    /** The plan's current version, or 0 when none has been agreed. */
    int currentVersion(String referralReference) {
        return jdbc.sql("SELECT coalesce(max(version), 0) FROM victim_contact_plan WHERE referral_reference = ?")
                .param(referralReference).query(Integer.class).single();
    }

    /** Contacts not yet logged give way to a new plan; logged ones stay as they were. */
    void replaceUnlogged(String referralReference) {
        jdbc.sql("UPDATE victim_planned_contact SET status = 'REPLACED' WHERE referral_reference = ? AND status = 'PLANNED'")
                .param(referralReference).update();
    }
}
