package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code crime} table and the facts recorded against a crime as it is worked, each stamped with the
 * product's clock (a crime finalised on the last evening of a month belongs to that month's return).
 */
@Repository
class CrimeRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    CrimeRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return false when the crime reference is already known (nothing is written) */
    boolean insert(Dissemination d, boolean nfibCodeUnknown, String receivedBy) {
        return jdbc.sql("""
                            INSERT INTO crime (crime_reference, reported_date, nfib_code, original_nfib_code, nfib_code_unknown,
                                victim_type, victim_name, victim_date_of_birth, victim_email, victim_phone, victim_postcode,
                                loss_gbp, ndm_score, policing_area, summary, suspect_details, received_by, received_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (crime_reference) DO NOTHING""")
                    .params(d.reference(), d.reportedDate(), d.normalisedNfibCode(), d.normalisedNfibCode(),
                            nfibCodeUnknown, d.victimType().name(), d.victimName().trim(), d.victimDateOfBirth(),
                            blankToNull(d.victimEmail()), blankToNull(d.victimPhone()), blankToNull(d.victimPostcode()),
                            d.lossGbp(), d.ndmScore(), blankToNull(d.policingArea()), blankToNull(d.summary()),
                            blankToNull(d.suspectDetails()), receivedBy, now())
                    .update() == 1;
    }

    Optional<Crime> find(String reference) {
        return jdbc.sql("SELECT * FROM crime WHERE crime_reference = ?").param(reference)
                .query(Crime.class).optional();
    }

    void recategorise(String reference, String nfibCode) {
        jdbc.sql("UPDATE crime SET nfib_code = ?, nfib_code_unknown = false WHERE crime_reference = ?")
                .params(nfibCode, reference).update();
    }

    void recordTriage(String reference, TriageDecisionForm form, String allocatedTeam, String status) {
        jdbc.sql("""
                        UPDATE crime SET triage_decision = ?, priority = ?, filing_rationale = ?, allocated_team = ?,
                            allocated_officer = ?, status = ? WHERE crime_reference = ?""")
                .params(form.decision().name(), form.priority().name(), form.filingRationale(), allocatedTeam,
                        form.officer(), status, reference)
                .update();
    }

    void setAllocatedOfficer(String reference, String officer) {
        jdbc.sql("UPDATE crime SET allocated_officer = ? WHERE crime_reference = ?").params(officer, reference).update();
    }

    void setStatus(String reference, String status) {
        jdbc.sql("UPDATE crime SET status = ? WHERE crime_reference = ?").params(status, reference).update();
    }

    void finalise(String reference, String outcomeCode, String homeOfficeOutcome, LocalDate outcomeDate) {
        jdbc.sql("""
                        UPDATE crime SET outcome_code = ?, home_office_outcome = ?, outcome_date = ?, finalised_at = ?,
                            status = 'FINALISED' WHERE crime_reference = ?""")
                .params(outcomeCode, homeOfficeOutcome, outcomeDate, now(), reference)
                .update();
    }

    void addLinesOfEnquiry(String reference, List<String> lines, String recordedBy) {
        lines.forEach(line -> jdbc.sql(
                        "INSERT INTO line_of_enquiry (crime_reference, description, recorded_by, recorded_at) VALUES (?, ?, ?, ?)")
                .params(reference, line.trim(), recordedBy, now()).update());
    }

    List<String> linesOfEnquiry(String reference) {
        return jdbc.sql("SELECT description FROM line_of_enquiry WHERE crime_reference = ? ORDER BY id")
                .param(reference).query(String.class).list();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
