package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvHeaderTest {

    static final CsvColumns COLUMNS = new CsvColumns(List.of("crime_reference", "victim_name"), List.of("summary"));

    @Test
    void shouldFindColumnsByNameInAnyOrderAndCaseIgnoringSpacesAndExtraColumns() {
        CsvHeader header = CsvHeader.of(new CsvRecord(1, List.of("notes", " Victim_Name ", "CRIME_REFERENCE")), COLUMNS);
        CsvRecord row = new CsvRecord(2, List.of("x", "  Margaret Ellis ", "NFRC1"));

        assertThat(header.value(row, "crime_reference")).isEqualTo("NFRC1");
        assertThat(header.value(row, "victim_name")).isEqualTo("Margaret Ellis");
        assertThat(header.value(row, "summary")).isEmpty();
    }

    @Test
    void shouldTreatTheMissingEndOfAShortRowAsBlank() {
        CsvHeader header = CsvHeader.of(new CsvRecord(1, List.of("crime_reference", "victim_name")), COLUMNS);

        assertThat(header.value(new CsvRecord(2, List.of("NFRC1")), "victim_name")).isEmpty();
    }

    @Test
    void shouldNameAMissingRequiredColumnAndListTheExpectedOnes() {
        assertThatThrownBy(() -> CsvHeader.of(new CsvRecord(1, List.of("crime_ref", "victim_name")), COLUMNS))
                .isInstanceOf(CsvFileException.class)
                .hasMessage("The file is missing the required column crime_reference. "
                        + "The first row must name the columns: crime_reference, victim_name, summary");
    }

    @Test
    void shouldRefuseAKnownColumnGivenTwice() {
        assertThatThrownBy(() -> CsvHeader.of(new CsvRecord(1, List.of("crime_reference", "victim_name", "Victim_Name")), COLUMNS))
                .isInstanceOf(CsvFileException.class)
                .hasMessage("The column victim_name appears more than once in the header (line 1)");
    }

    @Test
    void shouldCountOnlyNonBlankValuesBeyondTheHeader() {
        CsvHeader header = CsvHeader.of(new CsvRecord(1, List.of("crime_reference", "victim_name")), COLUMNS);

        assertThat(header.valuesBeyondHeader(new CsvRecord(2, List.of("a", "b", "", " ")))).isZero();
        assertThat(header.valuesBeyondHeader(new CsvRecord(2, List.of("a", "b", "c", "")))).isEqualTo(1);
    }
}
