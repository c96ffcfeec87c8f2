package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    static List<CsvRecord> records(String text) {
        return records(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<CsvRecord> records(byte[] bytes) {
        CsvRecords csv = new CsvRecords(new ByteArrayInputStream(bytes));
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
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
    void shouldNameTheLineTheQuoteOpensOn_whenAnEarlierValueOfTheRowTakesSeveralLines() {
        assertThatThrownBy(() -> records("\"a\nb\",\"c\nd"))
                .isInstanceOf(CsvFileException.class)
                .hasMessage("A quoted value that starts on line 2 is never closed");
    }

    @Test
    void shouldCountBlankLinesAfterARowWithQuotedLineBreaks() {
        assertThat(records("\"a\r\nb\"\r\n\r\nc")).containsExactly(
                new CsvRecord(1, List.of("a\nb")), new CsvRecord(3, List.of("")), new CsvRecord(4, List.of("c")));
    }

    @Test
    void shouldKeepTextAfterAClosingQuote() {
        assertThat(records("\"a\" b,\"c\"d")).extracting(CsvRecord::values).containsExactly(List.of("a b", "cd"));
    }

    @Test
    void shouldRefuseAValueLongerThanTheLimit_namingTheLineItsRowStartsOn() {
        assertThat(records("x\na,\"b\n" + "c".repeat(CsvLimits.MAX_VALUE_LENGTH - 2) + "\"\n"))
                .extracting(CsvRecord::line).containsExactly(1, 2);
        assertThatThrownBy(() -> records("x\na,\"b\n" + "c".repeat(CsvLimits.MAX_VALUE_LENGTH) + "\"\n"))
                .isInstanceOf(CsvFileException.class)
                .hasMessage("A value in the row on line 2 is longer than 100,000 characters (is a closing quote missing?)");
    }

    @Test
    void shouldRefuseARowWithMoreValuesThanTheLimit() {
        assertThat(records("a\n" + ",".repeat(CsvLimits.MAX_VALUES - 1)).get(1).values()).hasSize(CsvLimits.MAX_VALUES);
        assertThatThrownBy(() -> records("a\n" + ",".repeat(CsvLimits.MAX_VALUES)))
                .isInstanceOf(CsvFileException.class)
                .hasMessage("The row on line 2 has more than 1,000 values");
    }

    @Test
    void shouldRefuseAValueOverTheLimitAsItIsRead_soAQuoteNeverClosedDoesNotMakeTheRestOfTheFileOneValue() {
        List<CsvRecord> read = new ArrayList<>();
        CsvRecords csv = new CsvRecords(new ByteArrayInputStream(
                ("name\nfirst\n\"" + "x".repeat(5_000_000)).getBytes(StandardCharsets.UTF_8)));
        long allocatedBefore = allocatedBytes();

        assertThatThrownBy(() -> {
            for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
                read.add(r);
            }
        }).isInstanceOf(CsvFileException.class)
                .hasMessage("A value in the row on line 3 is longer than 100,000 characters (is a closing quote missing?)");
        assertThat(read).extracting(CsvRecord::values).containsExactly(List.of("name"), List.of("first"));
        assertThat(allocatedBytes() - allocatedBefore).as("bytes allocated reading 5 MB of one value").isLessThan(TEN_MB);
    }

    @Test
    void shouldRefuseARowOverTheValueLimitAsItIsRead_withoutHoldingTheRestOfIt() {
        byte[] bytes = ("name\n" + "a,".repeat(5_000_000)).getBytes(StandardCharsets.UTF_8);
        long allocatedBefore = allocatedBytes();

        assertThatThrownBy(() -> records(bytes)).isInstanceOf(CsvFileException.class)
                .hasMessage("The row on line 2 has more than 1,000 values");
        assertThat(allocatedBytes() - allocatedBefore).as("bytes allocated reading a row of 5,000,000 values").isLessThan(TEN_MB);
    }

    @Test
    void shouldCountValuesAndLengthsAsTheParserSplitsThem() {
        String quotedCommas = "\"" + ",".repeat(CsvLimits.MAX_VALUES) + "\"";
        String doubledQuotes = "\"" + "\"\"".repeat(CsvLimits.MAX_VALUE_LENGTH) + "\"";
        String crLfBreaks = "\"" + "\r\n".repeat(CsvLimits.MAX_VALUE_LENGTH) + "\"";
        String text = "a,b\r\n" + quotedCommas + ",\u2003" + quotedCommas + "\r\n" + doubledQuotes + "\r\n" + crLfBreaks;

        assertThat(records(text))
                .extracting(CsvRecord::line, r -> r.values().stream().map(String::length).toList())
                .containsExactly(tuple(1, List.of(1, 1)), tuple(2, List.of(CsvLimits.MAX_VALUES, CsvLimits.MAX_VALUES)),
                        tuple(3, List.of(CsvLimits.MAX_VALUE_LENGTH)), tuple(4, List.of(CsvLimits.MAX_VALUE_LENGTH)));
        assertThatThrownBy(() -> records("a\r\n\"b\"" + "c".repeat(CsvLimits.MAX_VALUE_LENGTH)))
                .hasMessage("A value in the row on line 2 is longer than 100,000 characters (is a closing quote missing?)");
    }

    @Test
    void shouldReadAWindows1252FileAsExcelSavesIt_keepingPoundSignsAccentsAndSmartQuotes() {
        byte[] windows = "name,loss\r\nRen\u00e9e O\u2019Brien,\u00a350\r\nZo\u00eb,\u20ac10\r\n"
                .getBytes(Charset.forName("windows-1252"));

        assertThat(records(windows)).extracting(CsvRecord::values).containsExactly(
                List.of("name", "loss"), List.of("Ren\u00e9e O\u2019Brien", "\u00a350"), List.of("Zo\u00eb", "\u20ac10"));
        assertThat(CsvTextReader.encodingOf(new ByteArrayInputStream(windows))).isEqualTo(TextEncoding.WINDOWS_1252);
    }

    @Test
    void shouldReadUtf8AsUtf8_evenWhereTheSameBytesWouldAlsoBeWindows1252() {
        byte[] utf8 = "name\nRen\u00e9e\n".getBytes(StandardCharsets.UTF_8);

        assertThat(records(utf8)).extracting(CsvRecord::values).containsExactly(List.of("name"), List.of("Ren\u00e9e"));
        assertThat(CsvTextReader.encodingOf(new ByteArrayInputStream(utf8))).isEqualTo(TextEncoding.UTF_8);
    }

    @Test
    void shouldRefuseAFileThatMixesUtf8WithAnotherEncoding_namingTheLine() {
        byte[] mixed = concat("a\r\nRen\u00e9e\r\nLoss ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xA3, '5', '0'});

        assertThatThrownBy(() -> records(mixed))
                .isInstanceOf(CsvFileException.class)
                .hasMessage("The file is not UTF-8 text (line 3): it mixes UTF-8 with another encoding. "
                        + "Save it as \"CSV UTF-8\" and upload it again");
    }

    @Test
    void shouldRefuseAWindows1252ByteAfterAUtf8ByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', (byte) 0xA3};

        assertThatThrownBy(() -> records(bytes)).hasMessageStartingWith("The file is not UTF-8 text (line 2)");
    }

    @Test
    void shouldRefuseBytesThatWindows1252LeavesUndefined_namingTheLine() {
        byte[] bytes = {'a', '\r', (byte) 0xA3, '\n', 'b', (byte) 0x81};

        assertThatThrownBy(() -> records(bytes))
                .hasMessage("The file is not text in UTF-8 or Windows-1252 (line 3). "
                        + "Save it as \"CSV UTF-8\" and upload it again");
    }

    @Test
    void shouldNameTheLineOfBadBytesRightAfterALineBreak() {
        byte[] bytes = {'a', '\r', (byte) 0xC3, (byte) 0xA9, '\n', (byte) 0xFF};

        assertThatThrownBy(() -> records(bytes)).hasMessageStartingWith("The file is not UTF-8 text (line 3)");
    }

    @Test
    void shouldSwitchToWindows1252WhereTheBadByteSitsPastTheDecodingBuffer() {
        String ascii = "x".repeat(40_000);
        byte[] bytes = concat((ascii + "\n").getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9, '\n'});

        assertThat(records(bytes)).extracting(CsvRecord::values).containsExactly(List.of(ascii), List.of("\u00e9"));
    }

    @Test
    void shouldNameKnownFilesRenamedCsv() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        byte[] unicodeText = {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\t', 0};

        assertThatThrownBy(() -> records(xlsx)).isInstanceOf(CsvFileException.class).hasMessage(
                "The file is not CSV text: it is an Excel workbook (.xlsx) or another zip file. "
                        + "Upload the list as a CSV file (in Excel: Save As, \"CSV UTF-8\")");
        assertThatThrownBy(() -> records(png)).hasMessageStartingWith("The file is not CSV text: it is a PNG image.");
        assertThatThrownBy(() -> records(unicodeText)).hasMessageStartingWith(
                "The file is not CSV text: it is UTF-16 text (what Excel saves as \"Unicode Text\").");
        assertThatThrownBy(() -> records("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageStartingWith("The file is not CSV text: it is a PDF document.");
    }

    @Test
    void shouldRefuseRandomBytes() {
        byte[] noise = new byte[4096];
        new Random(9).nextBytes(noise);

        assertThatThrownBy(() -> records(noise)).isInstanceOf(CsvFileException.class)
                .hasMessageMatching("The file is not (CSV text: it has binary content|text in UTF-8 or Windows-1252) \\(line \\d+\\).*");
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
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
