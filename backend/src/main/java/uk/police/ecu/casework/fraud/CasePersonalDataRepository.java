package uk.police.ecu.casework.fraud;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The personal data a finalised fraud case holds, as the retention schedule sees it: the victim's and
 * suspect's details on the {@code crime} row and the free text recorded against the crime as it was worked.
 */
@Repository
class CasePersonalDataRepository {

    /** A finalised case still holding personal data. */
    record HeldCase(String crimeReference, LocalDate outcomeDate, String nfibCode, String homeOfficeOutcome) {
    }

    record Erased(String erasedBy, OffsetDateTime erasedAt) {
    }

    private final JdbcClient jdbc;

    CasePersonalDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<HeldCase> finalisedOnOrBefore(LocalDate outcomeDate, int limit) {
        return jdbc.sql("""
                        SELECT crime_reference, outcome_date, nfib_code, home_office_outcome FROM crime
                        WHERE status = 'FINALISED' AND outcome_date <= :outcomeDate AND personal_data_erased_at IS NULL
                        ORDER BY outcome_date, crime_reference LIMIT :limit""")
                .param("outcomeDate", outcomeDate)
                .param("limit", limit)
                .query((rs, n) -> new HeldCase(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    Optional<LocalDate> outcomeDate(String reference) {
        return jdbc.sql("SELECT outcome_date FROM crime WHERE crime_reference = :crimeReference AND status = 'FINALISED'")
                .param("crimeReference", reference).query(LocalDate.class).optional();
    }

    /** When the case's personal data was erased; empty while it holds its data. */
    Optional<OffsetDateTime> erasedAt(String reference) {
        return jdbc.sql("SELECT personal_data_erased_at FROM crime WHERE crime_reference = :crimeReference")
                .param("crimeReference", reference)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional().filter(at -> at != null);
    }

    /**
     * Who erased the case and when (both null while it holds its data), with the crime row locked to the
     * end of the transaction; empty when there is no such case.
     */
    Optional<Erased> lockForErasure(String reference) {
        return jdbc.sql("""
                        SELECT personal_data_erased_by, personal_data_erased_at FROM crime
                        WHERE crime_reference = :crimeReference FOR UPDATE""")
                .param("crimeReference", reference)
                .query((rs, n) -> new Erased(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                .optional();
    }

    /** Overwrites the personal details and every free-text note with {@code erased}, and stamps the crime. */
    void erase(String reference, String erased, OffsetDateTime at, String by) {
        jdbc.sql("""
                        UPDATE crime SET victim_name = :erased, victim_date_of_birth = NULL, victim_email = NULL,
                            victim_phone = NULL, victim_postcode = NULL,
                            summary = CASE WHEN summary IS NULL THEN NULL ELSE :erased END,
                            suspect_details = CASE WHEN suspect_details IS NULL THEN NULL ELSE :erased END,
                            filing_rationale = CASE WHEN filing_rationale IS NULL THEN NULL ELSE :erased END,
                            personal_data_erased_at = :at, personal_data_erased_by = :by
                        WHERE crime_reference = :reference""")
                .param("erased", erased).param("at", at).param("by", by).param("reference", reference)
                .update();
        for (String freeText : List.of(
                "UPDATE line_of_enquiry SET description = :erased WHERE crime_reference = :reference",
                "UPDATE investigation_plan_action SET description = :erased WHERE crime_reference = :reference",
                "UPDATE case_event SET details = :erased WHERE crime_reference = :reference AND details IS NOT NULL",
                "UPDATE victim_update SET notes = :erased WHERE crime_reference = :reference AND notes IS NOT NULL",
                "UPDATE victim_enhanced_rights SET reason = :erased WHERE crime_reference = :reference",
                "UPDATE closed_case_event_review SET reason = :erased WHERE crime_reference = :reference",
                "UPDATE allocation_refusal SET reason = :erased WHERE crime_reference = :reference",
                "UPDATE officer_in_charge_change SET reason = :erased WHERE crime_reference = :reference",
                "UPDATE nfib_return SET reason = :erased WHERE crime_reference = :reference",
                "UPDATE victim_update_agreement SET reason = :erased WHERE crime_reference = :reference"
                        + " AND reason IS NOT NULL",
                "UPDATE needs_change SET what_changed = :erased WHERE crime_reference = :reference",
                "UPDATE outcome_correction SET reason = :erased WHERE crime_reference = :reference",
                """
                        UPDATE needs_assessment SET enhanced_rights_reason = :erased,
                            support_needs = CASE WHEN support_needs IS NULL THEN NULL ELSE :erased END
                        WHERE crime_reference = :reference""")) {
            jdbc.sql(freeText).param("erased", erased).param("reference", reference).update();
        }
        // How the victim needs to be contacted says who they are (a language, a disability): none of it is kept.
        jdbc.sql("DELETE FROM crime_communication_needs WHERE crime_reference = :reference")
                .param("reference", reference).update();
        // An NFIB amendment keeps the victim's and suspect's details it changed, before and after.
        jdbc.sql("""
                        UPDATE crime_amendment SET changes = (
                            SELECT jsonb_object_agg(key, CASE WHEN key IN (:personal)
                                THEN jsonb_build_object('was', CAST(:erased AS text), 'now', CAST(:erased AS text))
                                ELSE value END)
                            FROM jsonb_each(changes))
                        WHERE crime_reference = :reference""")
                .param("personal", List.of("victimName", "victimDateOfBirth", "victimEmail", "victimPhone",
                        "victimPostcode", "summary", "suspectDetails"))
                .param("erased", erased).param("reference", reference).update();
    }
}
