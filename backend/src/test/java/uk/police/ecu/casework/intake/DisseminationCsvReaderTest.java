package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.reference.PolicingArea;

class DisseminationCsvReaderTest {

    static final Clock FIRST_OF_JUNE_2024 = Clock.fixed(Instant.parse("2024-06-01T09:00:00Z"), ZoneId.of("Europe/London"));
    static final String HEADER = "crime_reference,reported_date,nfib_code,victim_type,victim_name";

    static DisseminationCsvReader reader() {
        return new DisseminationCsvReader(Set.of("NFIB1D", "NFIB3A", "NFIB52B", "NFIB90"), List.of(
                new PolicingArea("birmingham-east", "Birmingham East", "lpa-birmingham-east"),
                new PolicingArea("birmingham-west", "Birmingham West", "lpa-birmingham-west"),
                new PolicingArea("coventry", "Coventry", "lpa-coventry")), FIRST_OF_JUNE_2024);
    }

    static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code intake/messy-disseminations.csv}: UTF-8 with a BOM, CRLF line ends (LF on the last line),
     * header in odd order with stray spaces, mixed case and an extra column, a row spread over lines
     * 3 to 5 by quoted line breaks, a blank line 7, good rows on lines 2, 3, 6 and 11, bad ones on 8 to 10.
     */
    @Nested
    class MessyFile {

        DisseminationCsvResult result;

        @BeforeEach
        void read() throws IOException {
            try (InputStream in = getClass().getResourceAsStream("/intake/messy-disseminations.csv")) {
                result = reader().readAll(in);
            }
        }

        @Test
        void shouldKeepEveryGoodRowWithTheLineItStartsOn() {
            assertThat(result.rows()).extracting(DisseminationRow::line, DisseminationRow::crimeReference)
                    .containsExactly(tuple(2, "NFRC240301001"), tuple(3, "NFRC240301002"),
                            tuple(6, "NFRC240301003"), tuple(11, "NFRC240301006"));
        }

        @Test
        void shouldReadEveryTypedFieldOfAFullRow() {
            assertThat(result.rows().get(0)).isEqualTo(new DisseminationRow(2, "NFRC240301001",
                    LocalDate.of(2024, 3, 1), "NFIB1D", false, VictimType.INDIVIDUAL, "Margaret Ellis",
                    LocalDate.of(1948, 5, 12), "m.ellis@example.com", "01214960000", "B4 6NQ",
                    new BigDecimal("1250.00"), 8, "birmingham-east", "Met online, sent money", null));
        }

        @Test
        void shouldTrimStraySpacesReadUkDatesAndKeepQuotedLineBreaks() {
            DisseminationRow row = result.rows().get(1);

            assertThat(row.victimName()).isEqualTo("Harlow Joinery Ltd");
            assertThat(row.nfibCode()).isEqualTo("NFIB3A");
            assertThat(row.reportedDate()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(row.victimType()).isEqualTo(VictimType.ORGANISATION);
            assertThat(row.lossGbp()).isEqualTo(new BigDecimal("1250.00"));
            assertThat(row.policingAreaId()).isEqualTo("coventry");
            assertThat(row.summary()).isEqualTo("Invoice changed\nto a new bank account, paid twice");
            assertThat(row.suspectDetails()).isEqualTo("Unknown male\ncalling himself \"Dave\"");
            assertThat(row.ndmScore()).isNull();
        }

        @Test
        void shouldAcceptAndFlagAnNfibCodeThatIsNotInTheReferenceList() {
            DisseminationRow row = result.rows().get(2);

            assertThat(row.nfibCode()).isEqualTo("NFIB99Z");
            assertThat(row.nfibCodeUnknown()).isTrue();
            assertThat(row.lossGbp()).isEqualTo(new BigDecimal("1250.00"));
            assertThat(row.policingAreaId()).isEqualTo("birmingham-west");
        }

        @Test
        void shouldLeaveBlankOptionalCellsEmpty() {
            DisseminationRow row = result.rows().get(3);

            assertThat(row).extracting(DisseminationRow::victimDateOfBirth, DisseminationRow::victimEmail,
                            DisseminationRow::victimPhone, DisseminationRow::victimPostcode, DisseminationRow::lossGbp,
                            DisseminationRow::ndmScore, DisseminationRow::policingAreaId, DisseminationRow::summary,
                            DisseminationRow::suspectDetails)
                    .containsOnlyNulls();
        }

        @Test
        void shouldReportEveryProblemOfEveryBadRowWithItsLineColumnValueAndReason() {
            assertThat(result.errors()).extracting(RowError::line, RowError::column, RowError::value, RowError::reason)
                    .containsExactly(
                            tuple(8, "nfib_code", "FRAUD", "Must be an NFIB code such as NFIB1D"),
                            tuple(8, "reported_date", "31/02/2024", "Must be a real date"),
                            tuple(8, "victim_type", "person", "Must be one of INDIVIDUAL, ORGANISATION"),
                            tuple(8, "victim_date_of_birth", "2099-01-01", "Must not be in the future (today is 01/06/2024)"),
                            tuple(8, "victim_email", "not-an-email", "Must be an email address such as name@example.com"),
                            tuple(8, "victim_phone", "12", "Must be a phone number of 10 to 15 digits"),
                            tuple(8, "victim_postcode", "NOTAPOSTCODE", "Must be a UK postcode such as B4 6NQ"),
                            tuple(8, "loss_gbp", "12.345", "Must have no more than 2 decimal places"),
                            tuple(8, "ndm_score", "11", "Must be a whole number from 1 to 10"),
                            tuple(8, "policing_area", "Atlantis",
                                    "Must be one of the force's policing areas, by name or id (e.g. Birmingham East)"),
                            tuple(9, "loss_gbp", "-50", "Must not be negative"),
                            tuple(9, "ndm_score", "0", "Must be a whole number from 1 to 10"),
                            tuple(9, "crime_reference", "nfrc240301001", "Crime reference NFRC240301001 already appears on line 2"),
                            tuple(10, "reported_date", "", "Must not be blank"),
                            tuple(10, "victim_name", "", "Must not be blank"),
                            tuple(10, "loss_gbp", "junk", "Must be an amount of money such as 1250 or £1,250.00"));
        }
    }

    @Nested
    class WholeFileProblems {

        @Test
        void shouldReadAWindows1252FileAsExcelSavesIt() {
            byte[] bytes = (HEADER + "\r\nNFRC1,2024-03-01,NFIB1D,INDIVIDUAL,Ren\u00e9e D\u00e9sir\u00e9e\r\n")
                    .getBytes(Charset.forName("windows-1252"));

            assertThat(reader().readAll(new ByteArrayInputStream(bytes)).rows())
                    .extracting(DisseminationRow::victimName).containsExactly("Ren\u00e9e D\u00e9sir\u00e9e");
        }

        @Test
        void shouldRefuseAFileMixingUtf8AndWindows1252NamingTheLineOfTheFirstBadByte() {
            byte[] bytes = (HEADER + "\r\nNFRC1,2024-03-01,NFIB1D,INDIVIDUAL,Ren\u00e9e\r\nNFRC2,2024-03-01,NFIB1D,INDIVIDUAL,Loss ")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] windowsPound = {(byte) 0xA3, '5', '0', '\r', '\n'};

            assertThatThrownBy(() -> reader().readAll(new ByteArrayInputStream(concat(bytes, windowsPound))))
                    .isInstanceOf(CsvFileException.class)
                    .hasMessageStartingWith("The file is not UTF-8 text (line 3)");
        }

        @Test
        void shouldRefuseBinaryContentSuchAsASpreadsheet() {
            byte[] xlsxStart = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};

            assertThatThrownBy(() -> reader().readAll(new ByteArrayInputStream(xlsxStart)))
                    .isInstanceOf(CsvFileException.class)
                    .hasMessageStartingWith("The file is not CSV text: it is an Excel workbook (.xlsx)");
        }

        @Test
        void shouldNameEveryMissingRequiredColumn() {
            assertThatThrownBy(() -> reader().readAll(csv("crime_reference,nfib_code,victim_name\nNFRC1,NFIB1D,A Person\n")))
                    .isInstanceOf(CsvFileException.class)
                    .hasMessageStartingWith("The file is missing the required columns reported_date, victim_type.");
        }

        @Test
        void shouldSayAnEmptyFileHasNoRows() {
            assertThatThrownBy(() -> reader().readAll(csv("")))
                    .isInstanceOf(CsvFileException.class).hasMessage("The file has no rows");
            assertThatThrownBy(() -> reader().readAll(csv("\uFEFF" + HEADER + "\r\n\r\n")))
                    .isInstanceOf(CsvFileException.class).hasMessage("The file has no rows");
        }

        @Test
        void shouldNameTheLineOfAQuoteThatIsNeverClosed() {
            String text = HEADER + "\nNFRC1,2024-03-01,NFIB1D,INDIVIDUAL,A Person\nNFRC2,2024-03-01,NFIB1D,INDIVIDUAL,\"Unclosed\n";

            assertThatThrownBy(() -> reader().countRows(csv(text)))
                    .isInstanceOf(CsvFileException.class)
                    .hasMessage("A quoted value that starts on line 3 is never closed");
        }
    }

    @Test
    void shouldReportARowWithMoreValuesThanTheHeaderAsAWholeRowProblem() {
        DisseminationCsvResult result = reader().readAll(csv(HEADER + "\nNFRC1,2024-03-01,NFIB1D,INDIVIDUAL,Ellis,Margaret\n"));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).extracting(RowError::line, RowError::column).containsExactly(tuple(2, null));
        assertThat(result.errors().get(0).reason()).startsWith("The row has 1 more value than the header has columns");
    }

    @Test
    void shouldRefuseAReportedDateInTheFuture() {
        DisseminationCsvResult result = reader().readAll(csv(HEADER + "\nNFRC1,02/06/2024,NFIB1D,INDIVIDUAL,A Person\n"));

        assertThat(result.errors()).extracting(RowError::column, RowError::reason)
                .containsExactly(tuple("reported_date", "Must not be in the future (today is 01/06/2024)"));
    }

    @Test
    void shouldRefuseAVictimNameOfOnlyPunctuationAndABirthDateBefore1900() {
        DisseminationCsvResult result = reader().readAll(csv(HEADER + ",victim_date_of_birth\n"
                + "NFRC1,2024-03-01,NFIB1D,INDIVIDUAL,...,\n"
                + "NFRC2,2024-03-01,NFIB1D,INDIVIDUAL,A Person,31/12/1899\n"
                + "NFRC3,2024-03-01,NFIB1D,INDIVIDUAL,  ,\n"
                + "NFRC4,2024-03-01,NFIB1D,INDIVIDUAL,Zo\u00eb O'Neil,01/01/1900\n"));

        assertThat(result.rows()).extracting(DisseminationRow::crimeReference).containsExactly("NFRC4");
        assertThat(result.errors()).extracting(RowError::line, RowError::column, RowError::reason).containsExactly(
                tuple(2, "victim_name", "Must contain a letter: a name cannot be only punctuation or digits"),
                tuple(3, "victim_date_of_birth", "Must not be before 01/01/1900"),
                tuple(4, "victim_name", "Must not be blank"));
    }

    @Test
    void shouldStreamRowsAndErrorsInFileOrderAndCountTheRows() {
        String text = HEADER + "\nNFRC1,2024-03-01,NFIB1D,INDIVIDUAL,A Person\nNFRC2,never,NFIB1D,INDIVIDUAL,B Person\n"
                + "NFRC3,2024-03-01,NFIB1D,INDIVIDUAL,C Person\n";
        List<String> seen = new ArrayList<>();

        int rows = reader().read(csv(text), row -> seen.add("row " + row.line()), error -> seen.add("error " + error.line()));

        assertThat(seen).containsExactly("row 2", "error 3", "row 4");
        assertThat(rows).isEqualTo(3);
        assertThat(reader().countRows(csv(text))).isEqualTo(3);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
