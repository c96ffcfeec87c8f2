package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {

    static List<CsvRecord> records(String text) {
        return records(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<CsvRecord> records(byte[] bytes) {
        CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(bytes));
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r = tokenizer.next(); r != null; r = tokenizer.next()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void shouldSplitOnCommasAndAcceptEveryKindOfLineEnd() {
        assertThat(records("a,b\r\nc,d\ne,f\rg,h")).containsExactly(
                new CsvRecord(1, List.of("a", "b")), new CsvRecord(2, List.of("c", "d")),
                new CsvRecord(3, List.of("e", "f")), new CsvRecord(4, List.of("g", "h")));
    }

    @Test
    void shouldReadQuotedCommasDoubledQuotesAndLineBreaksAndCountTheLinesTheyTake() {
        assertThat(records("\"a,b\",\"say \"\"hi\"\"\",\"one\r\ntwo\rthree\"\r\nnext,row\r\n")).containsExactly(
                new CsvRecord(1, List.of("a,b", "say \"hi\"", "one\ntwo\nthree")),
                new CsvRecord(4, List.of("next", "row")));
    }

    @Test
    void shouldStripTheByteOrderMarkOnlyAtTheStart() {
        assertThat(records("\uFEFFname\n\uFEFFx")).extracting(CsvRecord::values)
                .containsExactly(List.of("name"), List.of("\uFEFFx"));
    }

    @Test
    void shouldKeepEmptyValuesAndBlankLinesAsRecords() {
        assertThat(records("a,,\n\nb")).containsExactly(
                new CsvRecord(1, List.of("a", "", "")), new CsvRecord(2, List.of("")), new CsvRecord(3, List.of("b")));
    }

    @Test
    void shouldAcceptSpacesBeforeAnOpeningQuoteAndAQuoteInsideAnUnquotedValue() {
        assertThat(records("a,  \"b,c\",5\" screen")).extracting(CsvRecord::values)
                .containsExactly(List.of("a", "b,c", "5\" screen"));
    }

    @Test
    void shouldNameTheLineWhereAQuoteIsNeverClosed() {
        assertThatThrownBy(() -> records("a\n\"b,\nc\n"))
                .isInstanceOf(CsvFileException.class)
                .hasMessage("A quoted value that starts on line 2 is never closed");
    }

    @Test
    void shouldNameTheLineOfBytesThatAreNotUtf8() {
        byte[] latin1 = "a\r\nb\r\nLoss \u00a350\r\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> records(latin1))
                .isInstanceOf(CsvFileException.class)
                .hasMessage("The file is not UTF-8 text (line 3). Save it as \"CSV UTF-8\" and upload it again");
    }

    @Test
    void shouldNameTheLineOfBadBytesRightAfterALineBreak() {
        byte[] bytes = {'a', '\r', (byte) 0xFF};

        assertThatThrownBy(() -> records(bytes)).hasMessageStartingWith("The file is not UTF-8 text (line 2)");
    }

    @Test
    void shouldRefuseBinaryContent() {
        assertThatThrownBy(() -> records(new byte[] {'a', '\n', 'b', 0, 1}))
                .isInstanceOf(CsvFileException.class)
                .hasMessage("The file is not CSV text: it has binary content (line 2)");
    }

    @Test
    void shouldReadValuesLongerThanTheDecodingBuffer() {
        String longValue = "é".repeat(40_000);

        assertThat(records("\"" + longValue + "\",x")).extracting(CsvRecord::values)
                .containsExactly(List.of(longValue, "x"));
    }
}
