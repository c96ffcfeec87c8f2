package uk.police.ecu.casework.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.intake.DisseminationCsvReaders;
import uk.police.ecu.casework.intake.DisseminationCsvResult;
import uk.police.ecu.casework.intake.DisseminationRow;

@IntegrationTest
class ReferenceDataRepositoryIntegrationTest {

    @Autowired
    ReferenceDataRepository referenceData;

    @Autowired
    DisseminationCsvReaders readers;

    @Test
    void shouldCarryTheNfibFraudTypesWithTheirConfidence() {
        assertThat(referenceData.nfibFraudTypes()).hasSize(33)
                .contains(new NfibFraudType("NFIB1D", "Dating Scam", "Advance fee payments", "high"),
                        new NfibFraudType("NFIB90", "Other Fraud (Not Covered Elsewhere)", "Other", "verified"));
        assertThat(referenceData.nfibCodes()).contains("NFIB5A", "NFIB52B").doesNotContain("NFIB99Z");
    }

    @Test
    void shouldMapLocalOutcomeCodesToTheHomeOfficeCodeTheyAreReturnedAs() {
        assertThat(referenceData.outcomeCodes())
                .filteredOn(OutcomeCode::local)
                .extracting(OutcomeCode::code, OutcomeCode::homeOfficeCode)
                .containsExactly(tuple("1B", "1"), tuple("1D", "1A"), tuple("1E", "1A"));
        assertThat(referenceData.outcomeCodes())
                .filteredOn(code -> !code.local())
                .extracting(OutcomeCode::code)
                .hasSize(25)
                .startsWith("1", "1A", "2", "2A", "3", "3A", "4")
                .endsWith("21", "22");
    }

    @Test
    void shouldAllowEachPathOnlyHomeOfficeCodes_exactlyAsTheReferenceFileLists() throws IOException {
        List<String> homeOffice = referenceData.outcomeCodes().stream().filter(c -> !c.local()).map(OutcomeCode::code)
                .toList();
        List<String> file = Files.readAllLines(Path.of("../docs/reference/outcome-codes-by-path.csv")).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("path,") && !line.isBlank())
                .toList();
        assertThat(file).isNotEmpty();

        for (OutcomePath path : OutcomePath.values()) {
            List<String> listed = file.stream().map(line -> line.split(","))
                    .filter(cells -> cells[0].equals(path.name())).map(cells -> cells[2]).toList();
            List<String> allowed = referenceData.outcomeCodes(path).stream().filter(c -> !c.local())
                    .map(OutcomeCode::code).toList();
            assertThat(homeOffice).as(path + " codes are Home Office codes").containsAll(listed);
            assertThat(allowed).as(path + " in the database and in the file").containsExactlyInAnyOrderElementsOf(listed);
            assertThat(allowed).as(path.name()).doesNotContain("19");
        }
        assertThat(referenceData.outcomeCodes(OutcomePath.FILED_AT_TRIAGE)).extracting(OutcomeCode::code)
                .containsExactly("14", "18");
        assertThat(referenceData.outcomeCodes(OutcomePath.INVESTIGATED)).extracting(OutcomeCode::code)
                .contains("1", "1A", "1B", "1D", "1E", "3", "8", "18", "21");
    }

    @Test
    void shouldKnowEveryEnglandAndWalesBankHolidayFrom2024To2028() {
        assertThat(referenceData.bankHolidays()).hasSize(40)
                .contains(new BankHoliday(LocalDate.of(2026, 12, 25), "Christmas Day", false),
                        new BankHoliday(LocalDate.of(2026, 12, 28), "Boxing Day", true));
    }

    @Test
    void shouldGiveEachOfTheEightPolicingAreasItsInvestigationTeam() {
        assertThat(referenceData.policingAreas()).hasSize(8)
                .contains(new PolicingArea("birmingham-east", "Birmingham East", "lpa-birmingham-east"),
                        new PolicingArea("wolverhampton", "Wolverhampton", "lpa-wolverhampton"));
    }

    @Test
    void shouldMakeReadersThatCheckAgainstTheSeededReferenceData() {
        String csv = """
                crime_reference,reported_date,nfib_code,victim_type,victim_name,policing_area
                NFRC1,2024-03-01,nfib1d,INDIVIDUAL,A Person,Walsall
                NFRC2,2024-03-01,NFIB77X,INDIVIDUAL,B Person,sandwell
                """;

        DisseminationCsvResult result = readers.newReader()
                .readAll(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(DisseminationRow::nfibCodeUnknown, DisseminationRow::policingAreaId)
                .containsExactly(tuple(false, "walsall"), tuple(true, "sandwell"));
    }
}
