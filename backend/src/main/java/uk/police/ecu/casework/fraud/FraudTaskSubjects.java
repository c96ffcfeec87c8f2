package uk.police.ecu.casework.fraud;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.tasks.CaseSubjects;
import uk.police.ecu.casework.tasks.TaskSubject;
import uk.police.ecu.casework.tasks.VictimAgeBand;

/** A fraud triage task's subject is the crime's victim; its facts come from the crime record. */
@Component
class FraudTaskSubjects implements CaseSubjects {

    private final JdbcTemplate jdbc;

    FraudTaskSubjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(FraudTriageService.PROCESS_KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(String crimeReference) {
        return jdbc.query("""
                SELECT victim_name, policing_area, loss_gbp, nfib_code, victim_date_of_birth, reported_date
                FROM crime WHERE crime_reference = ?""", (rs, n) -> {
            VictimAgeBand band = VictimAgeBand.on(rs.getObject("victim_date_of_birth", LocalDate.class),
                    rs.getObject("reported_date", LocalDate.class));
            return new TaskSubject(rs.getString("victim_name"), rs.getString("policing_area"),
                    rs.getBigDecimal("loss_gbp"), rs.getString("nfib_code"), band == null ? null : band.name());
        }, crimeReference).stream().findFirst();
    }

    @Override
    public Set<Role> subjectReaders() {
        return Set.of(Role.ECU_OFFICER, Role.ECU_SUPERVISOR, Role.LOCAL_INVESTIGATOR);
    }
}
