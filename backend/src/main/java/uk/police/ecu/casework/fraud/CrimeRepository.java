package uk.police.ecu.casework.fraud;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code crime} table and the facts recorded against a crime as it is worked, each stamped with the
 * product's clock (a crime finalised on the last evening of a month belongs to that month's return).
 */
@Repository
class CrimeRepository {

    /** The crime's facts a task list shows: its victim, area, loss and code. */
    record SubjectFacts(String victimName, String policingArea, BigDecimal lossGbp, String nfibCode,
                        LocalDate victimDateOfBirth, LocalDate reportedDate) {
    }

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
                            VALUES (:crimeReference, :reportedDate, :nfibCode, :originalNfibCode, :nfibCodeUnknown,
                                :victimType, :victimName, :victimDateOfBirth, :victimEmail, :victimPhone, :victimPostcode,
                                :lossGbp, :ndmScore, :policingArea, :summary, :suspectDetails, :receivedBy, :receivedAt)
                            ON CONFLICT (crime_reference) DO NOTHING""")
                    .params(facts(d, nfibCodeUnknown))
                    .param("originalNfibCode", d.normalisedNfibCode())
                    .param("receivedBy", receivedBy)
                    .param("receivedAt", now())
                    .update() == 1;
    }

    /**
     * Takes NFIB's new values for a crime it sent again with changed content. A blank optional value keeps what is
     * known. A new NFIB code replaces the working code too (and its "unknown" flag); the same code sent again
     * leaves a recategorisation alone.
     */
    void amend(Dissemination d, boolean nfibCodeUnknown) {
        jdbc.sql("""
                        UPDATE crime SET reported_date = :reportedDate,
                            nfib_code = CASE WHEN original_nfib_code = :nfibCode THEN nfib_code ELSE :nfibCode END,
                            nfib_code_unknown = CASE WHEN original_nfib_code = :nfibCode THEN nfib_code_unknown
                                ELSE :nfibCodeUnknown END,
                            original_nfib_code = :nfibCode, victim_type = :victimType, victim_name = :victimName,
                            victim_date_of_birth = COALESCE(CAST(:victimDateOfBirth AS date), victim_date_of_birth),
                            victim_email = COALESCE(CAST(:victimEmail AS text), victim_email),
                            victim_phone = COALESCE(CAST(:victimPhone AS text), victim_phone),
                            victim_postcode = COALESCE(CAST(:victimPostcode AS text), victim_postcode),
                            loss_gbp = COALESCE(CAST(:lossGbp AS numeric), loss_gbp),
                            ndm_score = COALESCE(CAST(:ndmScore AS integer), ndm_score),
                            policing_area = COALESCE(CAST(:policingArea AS text), policing_area),
                            summary = COALESCE(CAST(:summary AS text), summary),
                            suspect_details = COALESCE(CAST(:suspectDetails AS text), suspect_details)
                        WHERE crime_reference = :crimeReference""")
                .params(facts(d, nfibCodeUnknown))
                .update();
    }

    Optional<Crime> find(String reference) {
        return jdbc.sql("SELECT * FROM crime WHERE crime_reference = :crimeReference").param("crimeReference", reference)
                .query(Crime.class).optional();
    }

    /**
     * Other crimes reported from {@code from} to {@code to} (both days included) whose individual victim was born
     * on {@code dateOfBirth}: the only crimes whose victim can be the same person.
     */
    List<Crime> sameBirthDateReportedBetween(LocalDate dateOfBirth, LocalDate from, LocalDate to, String except) {
        return jdbc.sql("""
                        SELECT * FROM crime WHERE victim_type = 'INDIVIDUAL' AND victim_date_of_birth = :dateOfBirth
                        AND reported_date BETWEEN :from AND :to AND crime_reference <> :except""")
                .param("dateOfBirth", dateOfBirth)
                .param("from", from)
                .param("to", to)
                .param("except", except)
                .query(Crime.class).list();
    }

    /** What a task list shows of the crime's victim. */
    Optional<SubjectFacts> subjectFacts(String reference) {
        return jdbc.sql("""
                        SELECT victim_name, policing_area, loss_gbp, nfib_code, victim_date_of_birth, reported_date
                        FROM crime WHERE crime_reference = :crimeReference""")
                .param("crimeReference", reference)
                .query((rs, n) -> new SubjectFacts(rs.getString("victim_name"), rs.getString("policing_area"),
                        rs.getBigDecimal("loss_gbp"), rs.getString("nfib_code"),
                        rs.getObject("victim_date_of_birth", LocalDate.class),
                        rs.getObject("reported_date", LocalDate.class)))
                .list().stream().findFirst();
    }

    void markCourierFraud(String reference, boolean courierFraud) {
        jdbc.sql("UPDATE crime SET courier_fraud = :courierFraud WHERE crime_reference = :crimeReference")
                .param("courierFraud", courierFraud).param("crimeReference", reference).update();
    }

    void recategorise(String reference, String nfibCode) {
        jdbc.sql("UPDATE crime SET nfib_code = :nfibCode, nfib_code_unknown = false WHERE crime_reference = :crimeReference")
                .param("nfibCode", nfibCode).param("crimeReference", reference).update();
    }

    void recordTriage(String reference, TriageDecisionForm form, String allocatedTeam, String status) {
        jdbc.sql("""
                        UPDATE crime SET triage_decision = :triageDecision, priority = :priority,
                            filing_rationale = :filingRationale, allocated_team = :allocatedTeam,
                            allocated_officer = :allocatedOfficer, status = :status WHERE crime_reference = :crimeReference""")
                .param("triageDecision", form.decision().name())
                .param("priority", form.priority().name())
                .param("filingRationale", form.filingRationale())
                .param("allocatedTeam", allocatedTeam)
                .param("allocatedOfficer", form.officer())
                .param("status", status)
                .param("crimeReference", reference)
                .update();
    }

    void setAllocatedOfficer(String reference, String officer) {
        jdbc.sql("UPDATE crime SET allocated_officer = :allocatedOfficer WHERE crime_reference = :crimeReference")
                .param("allocatedOfficer", officer).param("crimeReference", reference).update();
    }

    /** An allocation refused by its area: the crime waits for triage again, allocated to nobody. */
    void returnToTriage(String reference) {
        jdbc.sql("""
                        UPDATE crime SET status = 'RETURNED_TO_TRIAGE', allocated_team = NULL, allocated_officer = NULL
                        WHERE crime_reference = :crimeReference""")
                .param("crimeReference", reference).update();
    }

    void setStatus(String reference, String status) {
        jdbc.sql("UPDATE crime SET status = :status WHERE crime_reference = :crimeReference")
                .param("status", status).param("crimeReference", reference).update();
    }

    void finalise(String reference, String outcomeCode, String homeOfficeOutcome, LocalDate outcomeDate) {
        jdbc.sql("""
                        UPDATE crime SET outcome_code = :outcomeCode, home_office_outcome = :homeOfficeOutcome,
                            outcome_date = :outcomeDate, finalised_at = :finalisedAt,
                            status = 'FINALISED' WHERE crime_reference = :crimeReference""")
                .param("outcomeCode", outcomeCode)
                .param("homeOfficeOutcome", homeOfficeOutcome)
                .param("outcomeDate", outcomeDate)
                .param("finalisedAt", now())
                .param("crimeReference", reference)
                .update();
    }

    /** A filed or finalised crime goes back to triage: its outcome no longer stands, so it is not finalised. */
    void reopen(String reference) {
        jdbc.sql("""
                        UPDATE crime SET outcome_code = NULL, home_office_outcome = NULL, outcome_date = NULL,
                            finalised_at = NULL, status = 'RETURNED_TO_TRIAGE' WHERE crime_reference = :crimeReference""")
                .param("crimeReference", reference)
                .update();
    }

    void addLinesOfEnquiry(String reference, List<String> lines, String recordedBy) {
        lines.forEach(line -> jdbc.sql("""
                        INSERT INTO line_of_enquiry (crime_reference, description, recorded_by, recorded_at)
                        VALUES (:crimeReference, :description, :recordedBy, :recordedAt)""")
                .param("crimeReference", reference)
                .param("description", line.trim())
                .param("recordedBy", recordedBy)
                .param("recordedAt", now())
                .update());
    }

    List<String> linesOfEnquiry(String reference) {
        return jdbc.sql("SELECT description FROM line_of_enquiry WHERE crime_reference = :crimeReference ORDER BY id")
                .param("crimeReference", reference).query(String.class).list();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The facts a dissemination gives, as the named parameters of both the first insert and an amendment. */
    private static Map<String, Object> facts(Dissemination d, boolean nfibCodeUnknown) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("crimeReference", d.reference());
        facts.put("reportedDate", d.reportedDate());
        facts.put("nfibCode", d.normalisedNfibCode());
        facts.put("nfibCodeUnknown", nfibCodeUnknown);
        facts.put("victimType", d.victimType().name());
        facts.put("victimName", d.victimName().trim());
        facts.put("victimDateOfBirth", d.victimDateOfBirth());
        facts.put("victimEmail", blankToNull(d.victimEmail()));
        facts.put("victimPhone", blankToNull(d.victimPhone()));
        facts.put("victimPostcode", blankToNull(d.victimPostcode()));
        facts.put("lossGbp", d.lossGbp());
        facts.put("ndmScore", d.ndmScore());
        facts.put("policingArea", blankToNull(d.policingArea()));
        facts.put("summary", blankToNull(d.summary()));
        facts.put("suspectDetails", blankToNull(d.suspectDetails()));
        return facts;
    }
}
