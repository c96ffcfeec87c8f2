package uk.police.ecu.casework.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A dissemination file of the tests' own: {@code rows} crimes named {@code <prefix>-00000} onwards, every
 * {@code badEvery}th with an unreadable reported date (a row the import refuses and reports).
 */
public record DisseminationFile(byte[] content, List<String> goodReferences, List<String> badReferences) {

    public static DisseminationFile of(String prefix, int rows, int badEvery) {
        StringBuilder csv = new StringBuilder("crime_reference,reported_date,nfib_code,victim_type,victim_name,loss_gbp\n");
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String reference = "%s-%05d".formatted(prefix, i);
            boolean refused = badEvery > 0 && i % badEvery == badEvery - 1;
            (refused ? bad : good).add(reference);
            csv.append("%s,%s,NFIB3A,INDIVIDUAL,Victim %d,%d\n"
                    .formatted(reference, refused ? "not a date" : "2026-10-01", i, 100 + i));
        }
        return new DisseminationFile(csv.toString().getBytes(StandardCharsets.UTF_8), good, bad);
    }
}
