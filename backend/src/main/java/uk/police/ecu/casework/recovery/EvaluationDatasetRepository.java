package uk.police.ecu.casework.recovery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The participants the evaluation dataset describes (everyone enrolled) and their offences by window. */
@Repository
class EvaluationDatasetRepository {

    private final JdbcClient jdbc;

    EvaluationDatasetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A participant with a programme start: the enrolment date. */
    record Enrolled(String reference, String area, LocalDate enrolled, String status, String exitReason) {
    }

    record Offending(long offences, BigDecimal valueGbp) {
    }

    /** Everyone enrolled in the chosen areas, or in every area when none is chosen. */
    List<Enrolled> enrolled(List<String> areas) {
        return jdbc.sql("""
                SELECT reference, local_authority, enrolment_date, status, exit_reason FROM o2r_participant
                WHERE enrolment_date IS NOT NULL AND (:everyArea OR local_authority IN (:areas))
                ORDER BY local_authority, enrolment_date, reference""")
                .param("everyArea", areas.isEmpty()).param("areas", areas.isEmpty() ? List.of("") : areas)
                .query((rs, n) -> new Enrolled(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5))).list();
    }

    /** Offences dated from {@code from} (included) to {@code to} (excluded). */
    Offending offending(String reference, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT count(*), coalesce(sum(value_stolen_gbp), 0) FROM o2r_offence
                WHERE participant = :reference AND offence_date >= :from AND offence_date < :to""")
                .param("reference", reference).param("from", from).param("to", to)
                .query((rs, n) -> new Offending(rs.getLong(1), rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP))).single();
    }
}
