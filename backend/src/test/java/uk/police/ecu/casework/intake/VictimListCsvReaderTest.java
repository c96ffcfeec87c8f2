package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VictimListCsvReaderTest {

    /** A Thursday: its week's Monday is 16 November 2026. */
    static final LocalDate UPLOADED_ON = LocalDate.of(2026, 11, 19);
    static final String HEADER = "crime_reference,reported_date,nfib_code,victim_forename,victim_surname";

    final List<VictimListRow> rows = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();

    int read(String csv) {
        return new VictimListCsvReader(Set.of("NFIB1D", "nfib3a", "NFIB52B"), UPLOADED_ON)
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), rows::add, errors::add);
    }

    @Test
    void shouldReadEveryColumnByNameInAnyOrder() {
        read("""
                list_week,victim_email,ndm_score,loss_gbp,victim_postcode,victim_phone,victim_date_of_birth,\
                victim_surname,victim_forename,nfib_code,reported_date,crime_reference
                2026-11-04,rose@example.com,8,"£1,250.50",b4  6nq,+44 7700 900123,29/02/1956,  Hale ,Rose  Ann,nfib1d,\
                02/11/2026,nfrc261102001
                """);

        assertThat(errors).isEmpty();
        assertThat(rows).containsExactly(new VictimListRow(2, "NFRC261102001", LocalDate.of(2026, 11, 2), "NFIB1D",
                "Rose Ann", "Hale", LocalDate.of(1956, 2, 29), "07700900123", "rose@example.com", "B4 6NQ", 8,
                new BigDecimal("1250.50"), LocalDate.of(2026, 11, 2)));
    }

    @Test
    void shouldListARowWithNoListWeekInTheWeekTheFileWasUploaded() {
        read(HEADER + "\nNFRC261102002,2026-11-02,NFIB3A,Sam,Lee\n");

        assertThat(rows).extracting(VictimListRow::listWeek).containsExactly(LocalDate.of(2026, 11, 16));
        assertThat(rows.get(0).dateOfBirth()).isNull();
        assertThat(rows.get(0).ndmScore()).isNull();
    }

    @Test
    void shouldReportEachBadCellWithItsLineColumnAndReason_andKeepTheGoodRows() {
        int total = read(HEADER + ",victim_date_of_birth,ndm_score,loss_gbp,list_week\n"
                + "NFRC-OK-1,2026-11-02,NFIB3A,Ann,Good,,,,\n"
                + "NFRC-BAD-1,31/02/2026,NFIB3A,Ann,Bad,,,,\n"
                + "NFRC-BAD-2,2026-11-02,NFIB999X,Ann,Bad,,,,\n"
                + "NFRC-BAD-3,2026-11-02,NFIB3A,Ann,,,,,\n"
                + "NFRC-BAD-4,2026-11-02,NFIB3A,Ann,Bad,2026-11-03,11,-5,\n"
                + "NFRC-BAD-5,2026-11-02,NFIB3A,Ann,Bad,,0,,2026-11-20\n");

        assertThat(total).isEqualTo(6);
        assertThat(rows).extracting(VictimListRow::crimeReference).containsExactly("NFRC-OK-1");
        assertThat(errors).extracting(RowError::line, RowError::column, RowError::reason).containsExactlyInAnyOrder(
                tuple(3, "reported_date", "Must be a real date"),
                tuple(4, "nfib_code", "Unknown NFIB code: it is not in the reference list of fraud types"),
                tuple(5, "victim_surname", "Must not be blank"),
                tuple(6, "victim_date_of_birth", "Must not be after the reported date (02/11/2026)"),
                tuple(6, "ndm_score", "Must be a whole number from 1 to 10"),
                tuple(6, "loss_gbp", "Must not be negative"),
                tuple(7, "ndm_score", "Must be a whole number from 1 to 10"),
                tuple(7, "list_week", "Must not be in the future (today is 19/11/2026)"));
    }

    @Test
    void shouldKeepTheSamePersonOnTheSameCrimeTwiceForTheImportToReportAsADuplicate() {
        read(HEADER + "\nNFRC261102003,2026-11-02,NFIB3A,Sam,Lee\nNFRC261102003,2026-11-02,NFIB3A,Sam,Lee\n");

        assertThat(errors).isEmpty();
        assertThat(rows).hasSize(2);
    }

    @Test
    void shouldRefuseAFileMissingARequiredColumnNamingIt() {
        assertThatThrownBy(() -> read("crime_reference,reported_date,nfib_code,victim_forename\nNFRC1,2026-11-02,NFIB3A,Sam\n"))
                .isInstanceOf(CsvFileException.class)
                .hasMessageStartingWith("The file is missing the required column victim_surname.");
    }
}
