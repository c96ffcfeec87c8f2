package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisseminationCsvReaderLargeFileTest {

    static final int ROWS = 10_000;

    @Test
    void shouldReadTenThousandRowsWithoutAnError() {
        byte[] file = generate();
        List<RowError> errors = new ArrayList<>();
        int[] good = {0};
        int[] lastLine = {0};

        int rows = DisseminationCsvReaderTest.reader().read(new ByteArrayInputStream(file), row -> {
            good[0]++;
            lastLine[0] = row.line();
        }, errors::add);

        assertThat(errors).isEmpty();
        assertThat(rows).isEqualTo(ROWS);
        assertThat(good[0]).isEqualTo(ROWS);
        // Every summary has a quoted line break, so each row takes two lines after the header's one.
        assertThat(lastLine[0]).isEqualTo(2 * ROWS);
        assertThat(DisseminationCsvReaderTest.reader().countRows(new ByteArrayInputStream(file))).isEqualTo(ROWS);
    }

    private static byte[] generate() {
        StringBuilder csv = new StringBuilder("\uFEFFcrime_reference,reported_date,nfib_code,victim_type,victim_name,"
                + "loss_gbp,ndm_score,policing_area,victim_postcode,summary\r\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(String.format(Locale.UK, "NFRC24%07d,%02d/03/2024,%s,%s,Victim %d,\"£%,d.%02d\",%d,%s,B%d 6NQ,"
                            + "\"Reported by phone, row %d\r\nsecond line\"\r\n",
                    i, i % 28 + 1, i % 3 == 0 ? "NFIB1D" : "nfib3a", i % 5 == 0 ? "ORGANISATION" : "individual",
                    i, i * 37, i % 100, i % 10 + 1, i % 2 == 0 ? "Coventry" : "birmingham-east", i % 40 + 1, i));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
