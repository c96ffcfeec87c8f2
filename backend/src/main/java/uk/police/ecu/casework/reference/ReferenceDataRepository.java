package uk.police.ecu.casework.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read access to the product's reference tables (seeded by {@code V4__reference_data.sql}). */
@Repository
public class ReferenceDataRepository {

    private final JdbcClient jdbc;

    ReferenceDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NfibFraudType> nfibFraudTypes() {
        return jdbc.sql("SELECT code, name, fraud_group, confidence FROM nfib_fraud_type ORDER BY code")
                .query(NfibFraudType.class).list();
    }

    /** Read once per transaction: an import checks every row against it. */
    public Set<String> nfibCodes() {
        return PerTransaction.get("nfibCodes",
                () -> nfibFraudTypes().stream().map(NfibFraudType::code).collect(Collectors.toUnmodifiableSet()));
    }

    /** Home Office outcome codes followed by the force's local codes, each with the code it is returned as. */
    public List<OutcomeCode> outcomeCodes() {
        return jdbc.sql("""
                        SELECT * FROM (
                            SELECT code, name, code AS home_office_code, false AS "local", 'Home Office' AS source
                              FROM home_office_outcome
                            UNION ALL
                            SELECT code, name, home_office_code, true, source FROM local_outcome_code) codes
                        ORDER BY "local", substring(code FROM '^[0-9]+')::int, code""")
                .query(OutcomeCode.class).list();
    }

    /**
     * The outcome codes a path may record, in the same order: the Home Office codes listed for it and the
     * local codes returned as one of them.
     */
    public List<OutcomeCode> outcomeCodes(OutcomePath path) {
        Set<String> allowed = PerTransaction.get("outcomeCodePath." + path, () -> Set.copyOf(jdbc.sql(
                        "SELECT home_office_code FROM outcome_code_path WHERE path = :path")
                .param("path", path.name()).query(String.class).list()));
        return outcomeCodes().stream().filter(c -> allowed.contains(c.homeOfficeCode())).toList();
    }

    /**
     * Which kind of decision a Home Office code records on the path ({@code CHARGE}, {@code OUT_OF_COURT_DISPOSAL},
     * {@code NO_FURTHER_ACTION}), if the path lists it.
     */
    public Optional<String> outcomeCategory(OutcomePath path, String homeOfficeCode) {
        return jdbc.sql("""
                        SELECT category FROM outcome_code_path WHERE path = :path AND home_office_code = :code""")
                .param("path", path.name())
                .param("code", homeOfficeCode)
                .query(String.class).optional();
    }

    /** Read once per transaction: an import checks every row's area against it. */
    public List<PolicingArea> policingAreas() {
        return PerTransaction.get("policingAreas", () -> jdbc.sql("SELECT id, name, team_id FROM policing_area ORDER BY name")
                .query(PolicingArea.class).list());
    }

    /** The bank holidays' dates alone, for working-day arithmetic. */
    List<LocalDate> bankHolidayDates() {
        return jdbc.sql("SELECT holiday_date FROM bank_holiday").query(LocalDate.class).list();
    }

    public List<BankHoliday> bankHolidays() {
        return jdbc.sql("SELECT holiday_date AS \"date\", name, substitute FROM bank_holiday ORDER BY holiday_date")
                .query(BankHoliday.class).list();
    }
}
