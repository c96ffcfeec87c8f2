package uk.police.ecu.casework.victimcare;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.tasks.CaseSubjects;
import uk.police.ecu.casework.tasks.TaskSubject;
import uk.police.ecu.casework.tasks.VictimAgeBand;

/** A victim care task's subject is the referred victim; only victim care officers see their name on a task row. */
@Component
class VictimCareTaskSubjects implements CaseSubjects {

    private final JdbcClient jdbc;

    VictimCareTaskSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(VictimCareReferrals.PROCESS_KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(String referralReference) {
        return jdbc.sql("""
                        SELECT v.forename, v.surname, v.date_of_birth, v.repeat_victim, l.loss_gbp, l.nfib_code, l.reported_date
                        FROM victim_listing l JOIN victim v ON v.id = l.victim_id
                        WHERE l.referral_reference = ?""")
                .param(referralReference)
                .query((rs, n) -> {
                    VictimAgeBand band = VictimAgeBand.on(rs.getObject("date_of_birth", LocalDate.class),
                            rs.getObject("reported_date", LocalDate.class));
                    String name = rs.getString("forename") + " " + rs.getString("surname")
                            + (rs.getBoolean("repeat_victim") ? " (repeat victim)" : "");
                    return new TaskSubject(name, null, rs.getBigDecimal("loss_gbp"), rs.getString("nfib_code"),
                            band == null ? null : band.name());
                })
                .optional();
    }

    @Override
    public Set<Role> subjectReaders() {
        return Set.of(Role.VICTIM_CARE_OFFICER);
    }
}
