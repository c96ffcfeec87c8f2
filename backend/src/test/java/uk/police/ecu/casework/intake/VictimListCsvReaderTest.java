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
        assertThat(rows).extracting(VictimListRow::crimeReference).containsExactly("NFRC-OK-1", "NFRC-BAD-2");
        assertThat(errors).extracting(RowError::line, RowError::column, RowError::reason).containsExactlyInAnyOrder(
                tuple(3, "reported_date", "Must be a real date"),
                tuple(5, "victim_surname", "Must not be blank"),
                tuple(6, "victim_date_of_birth", "Must not be after the reported date (02/11/2026)"),
                tuple(6, "ndm_score", "Must be a whole number from 1 to 10"),
                tuple(6, "loss_gbp", "Must not be negative"),
                tuple(7, "ndm_score", "Must be a whole number from 1 to 10"),
                tuple(7, "list_week", "Must not be in the future (today is 19/11/2026)"));
    }

    @Test
    void shouldKeepARowWithAWellFormedCodeNotOnTheList_flaggingItSoThePersonIsStillScreened() {
        read(HEADER + "\nNFRC-NEW-1,2026-11-02,nfib4z,Ann,New\nNFRC-NEW-2,2026-11-02,NFIB1D,Ann,Known\n");

        assertThat(errors).isEmpty();
        assertThat(rows).extracting(VictimListRow::nfibCode).containsExactly("NFIB4Z", "NFIB1D");
        assertThat(rows.get(0).flags()).extracting(RowError::line, RowError::column, RowError::value, RowError::reason)
                .containsExactly(tuple(2, "nfib_code", "nfib4z",
                        "NFIB code NFIB4Z is not on the code list; screened on age, NDM score and repeat victim"));
        assertThat(rows.get(1).flags()).isEmpty();
    }

    @Test
    void shouldStillRefuseACodeThatIsNotShapedLikeAnNfibCode() {
        read(HEADER + "\nNFRC-BADCODE-1,2026-11-02,ROMANCE,Ann,Bad\nNFRC-BADCODE-2,2026-11-02,NFIB12345,Ann,Bad\n");

        assertThat(rows).isEmpty();
        assertThat(errors).extracting(RowError::line, RowError::column, RowError::reason).containsExactly(
                tuple(2, "nfib_code", "Must be an NFIB code such as NFIB1D"),
                tuple(3, "nfib_code", "Must be an NFIB code such as NFIB1D"));
    }

    @Test
    void shouldRefuseARowWithNoUsableName_sayingWhichNameAndWhy() {
        read(HEADER + "\n"
                + "NFRC-NAME-1,2026-11-02,NFIB3A,   ,Lee\n"
                + "NFRC-NAME-2,2026-11-02,NFIB3A,Sam,\"\t \"\n"
                + "NFRC-NAME-3,2026-11-02,NFIB3A,...,Lee\n"
                + "NFRC-NAME-4,2026-11-02,NFIB3A,Sam,-?!\n"
                + "NFRC-NAME-5,2026-11-02,NFIB3A," + "A".repeat(101) + ",Lee\n"
                + "NFRC-NAME-6,2026-11-02,NFIB3A,Sam," + "B".repeat(1_000) + "\n"
                + "NFRC-NAME-7,2026-11-02,NFIB3A,Zo\u00eb,O'Neil-Sm\u00edth\n");

        assertThat(rows).extracting(VictimListRow::line, VictimListRow::forename, VictimListRow::surname)
                .containsExactly(tuple(8, "Zo\u00eb", "O'Neil-Sm\u00edth"));
        assertThat(errors).extracting(RowError::line, RowError::column, RowError::reason).containsExactly(
                tuple(2, "victim_forename", "Must not be blank"),
                tuple(3, "victim_surname", "Must not be blank"),
                tuple(4, "victim_forename", "Must contain a letter: a name cannot be only punctuation or digits"),
                tuple(5, "victim_surname", "Must contain a letter: a name cannot be only punctuation or digits"),
                tuple(6, "victim_forename", "Must be 100 characters or fewer"),
                tuple(7, "victim_surname", "Must be 100 characters or fewer"));
        assertThat(errors.get(5).value()).as("a long value shown shortened").hasSize(101).endsWith("\u2026");
    }

    @Test
    void shouldRefuseADateOfBirthInTheFutureOrBefore1900() {
        read(HEADER + ",victim_date_of_birth\n"
                + "NFRC-DOB-1,2026-11-02,NFIB3A,Ann,Future,2026-11-20\n"
                + "NFRC-DOB-2,2026-11-02,NFIB3A,Ann,Old,31/12/1899\n"
                + "NFRC-DOB-3,2026-11-02,NFIB3A,Ann,Ok,01/01/1900\n");

        assertThat(rows).extracting(VictimListRow::dateOfBirth).containsExactly(LocalDate.of(1900, 1, 1));
        assertThat(errors).extracting(RowError::line, RowError::column, RowError::reason).containsExactly(
                tuple(2, "victim_date_of_birth", "Must not be in the future (today is 19/11/2026)"),
                tuple(3, "victim_date_of_birth", "Must not be before 01/01/1900"));
    }

    @Test
    void shouldKeepThePersonButLeaveOutAndFlagAContactDetailThatIsNotOne() {
        read(HEADER + ",victim_phone,victim_email,victim_postcode\n"
                + "NFRC-C-1,2026-11-02,NFIB3A,Ann,Letters,0121 CALL ME,ann@example.com,B4 6NQ\n"
                + "NFRC-C-2,2026-11-02,NFIB3A,Ann,Short,12345,ann.example.com,\n"
                + "NFRC-C-3,2026-11-02,NFIB3A,Ann,Long,+44 1234 567 890 1234,,NOT A POSTCODE\n"
                + "NFRC-C-4,2026-11-02,NFIB3A,Ann,Huge," + "1".repeat(31) + "," + "a".repeat(250) + "@x.uk,"
                + "B".repeat(1_000) + "\n"
                + "NFRC-C-5,2026-11-02,NFIB3A,Ann,Local,(496) 0000,Ann@Example.co.uk,b46nq\n");

        assertThat(errors).isEmpty();
        assertThat(rows).extracting(VictimListRow::surname, VictimListRow::phone, VictimListRow::email,
                VictimListRow::postcode).containsExactly(
                tuple("Letters", null, "ann@example.com", "B4 6NQ"),
                tuple("Short", null, null, null),
                tuple("Long", null, null, null),
                tuple("Huge", null, null, null),
                tuple("Local", "4960000", "Ann@Example.co.uk", "B4 6NQ"));
        String leftOut = "; left out, the victim is listed without it";
        assertThat(rows.stream().flatMap(r -> r.flags().stream()))
                .extracting(RowError::line, RowError::column, RowError::reason).containsExactly(
                        tuple(2, "victim_phone", "Must be a phone number: digits, with spaces, brackets or dashes" + leftOut),
                        tuple(3, "victim_phone", "Must be a phone number of 7 to 15 digits" + leftOut),
                        tuple(3, "victim_email", "Must be an email address such as name@example.com" + leftOut),
                        tuple(4, "victim_phone", "Must be a phone number of 7 to 15 digits" + leftOut),
                        tuple(4, "victim_postcode", "Must be a UK postcode such as B4 6NQ" + leftOut),
                        tuple(5, "victim_phone", "Must be 30 characters or fewer" + leftOut),
                        tuple(5, "victim_email", "Must be 254 characters or fewer" + leftOut),
                        tuple(5, "victim_postcode", "Must be a UK postcode such as B4 6NQ" + leftOut));
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
