package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.reference.PolicingArea;

/** A crime reference on more than one line of one dissemination file, as the checking pass and the import see it. */
class DisseminationRepeatsTest {

    private final List<Object> handedOver = new ArrayList<>();

    @Test
    void shouldHandOverEveryIdenticalRowInFileOrder_forTheImportToCountTheLaterOnesAsRepeats() {
        int total = read("""
                NFRC1,2024-05-01,NFIB3A,individual,Ann Lee
                NFRC2,2024-05-01,NFIB3A,individual,Bob Hart
                nfrc1, 2024-05-01 ,nfib3a,INDIVIDUAL,Ann Lee
                NFRC1,01/05/2024,NFIB3A,individual,Ann Lee
                """);

        assertThat(total).isEqualTo(4);
        assertThat(handedOver).containsExactly("row 2 NFRC1", "row 3 NFRC2", "row 4 NFRC1", "row 5 NFRC1");
    }

    @Test
    void shouldRefuseEveryLineOfAReferenceWhoseRowsDisagree_namingAllTheLines() {
        read("""
                NFRC1,2024-05-01,NFIB3A,individual,Ann Lee
                NFRC1,2024-05-01,NFIB3A,individual,Anne Lee
                NFRC2,2024-05-01,NFIB3A,individual,Bob Hart
                NFRC1,2024-05-01,NFIB3A,individual,Ann Lee
                NFRC3,2024-05-01,NFIB3A,individual,Cy Wu
                NFRC3,2024-05-02,NFIB3A,individual,Cy Wu
                """);

        String nfrc1 = "Crime NFRC1 appears on lines 2, 3 and 5 with different content; none of them imported — send one "
                + "corrected row";
        String nfrc3 = "Crime NFRC3 appears on lines 6 and 7 with different content; neither imported — send one "
                + "corrected row";
        assertThat(handedOver).containsExactly(
                new RowError(2, "crime_reference", "NFRC1", nfrc1), new RowError(3, "crime_reference", "NFRC1", nfrc1),
                "row 4 NFRC2", new RowError(5, "crime_reference", "NFRC1", nfrc1),
                new RowError(6, "crime_reference", "NFRC3", nfrc3), new RowError(7, "crime_reference", "NFRC3", nfrc3));
    }

    @Test
    void shouldRefuseABadRepeatForItsOwnProblems_andKeepTheGoodFirstRow() {
        read("""
                NFRC1,2024-05-01,NFIB3A,individual,Ann Lee
                NFRC1,2099-05-01,NFIB3A,individual,Ann Lee
                """);

        assertThat(handedOver).first().isEqualTo("row 2 NFRC1");
        assertThat(handedOver.subList(1, handedOver.size())).extracting(e -> ((RowError) e).line(),
                e -> ((RowError) e).column()).contains(tuple(3, "reported_date"), tuple(3, "crime_reference"));
    }

    private int read(String rows) {
        List<PolicingArea> areas = List.of(new PolicingArea("coventry", "Coventry", "lpa-coventry"));
        Set<String> codes = Set.of("NFIB3A");
        DisseminationRepeats reader = new DisseminationRepeats(
                new DisseminationCsvReader(codes, areas, DisseminationCsvReaderTest.FIRST_OF_JUNE_2024)::read,
                new DisseminationRowMapper(codes, areas, LocalDate.now(DisseminationCsvReaderTest.FIRST_OF_JUNE_2024)));
        return reader.read(DisseminationCsvReaderTest.csv(DisseminationCsvReaderTest.HEADER + "\n" + rows),
                row -> handedOver.add("row " + row.line() + " " + row.crimeReference()), handedOver::add);
    }
}
