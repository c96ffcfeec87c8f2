package uk.police.ecu.casework.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+44 121 000", "-2+3", "@cmd", "\tindent"})
    void shouldPrefixACellThatASpreadsheetWouldRunAsAFormula(String value) {
        assertThat(CsvWriter.cell(value)).isEqualTo("'" + value);
    }

    @Test
    void shouldPrefixAndQuoteACellStartingWithACarriageReturn() {
        assertThat(CsvWriter.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void shouldPrefixAFormulaAndStillQuoteItsComma() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    }

    @Test
    void shouldLeaveOrdinaryTextAloneIncludingFormulaCharactersAfterTheStart() {
        assertThat(CsvWriter.cell("NFRC1234 = filed")).isEqualTo("NFRC1234 = filed");
        assertThat(CsvWriter.cell("a@b.example")).isEqualTo("a@b.example");
    }

    @Test
    void shouldQuoteCommasQuotesAndNewlines() {
        assertThat(CsvWriter.cell("Smith, Jo")).isEqualTo("\"Smith, Jo\"");
        assertThat(CsvWriter.cell("the \"victim\"")).isEqualTo("\"the \"\"victim\"\"\"");
        assertThat(CsvWriter.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(CsvWriter.cell("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
    }

    @Test
    void shouldWriteNullAndEmptyAsEmptyCells() {
        assertThat(CsvWriter.cell(null)).isEmpty();
        assertThat(CsvWriter.cell("")).isEmpty();
    }

    @Test
    void shouldWriteRowsWithCommasBetweenCellsAndCrLfAfterEachRow() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);

        csv.row(List.of("id", "name"));
        csv.row(Arrays.asList("1", null));
        csv.row(List.of("2", "=1+1"));

        assertThat(out.toString()).isEqualTo("id,name\r\n1,\r\n2,'=1+1\r\n");
    }
}
