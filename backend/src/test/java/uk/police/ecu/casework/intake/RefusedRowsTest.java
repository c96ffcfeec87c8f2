package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RefusedRowsTest {

    @Test
    void shouldCountRowsNotProblems_andKeepEveryProblemUpToTheMost() {
        RefusedRows refused = new RefusedRows();
        for (int line = 2; line < 2 + RefusedRows.MOST; line++) {
            refused.accept(new RowError(line, "reported_date", "", "A date is required"));
            refused.accept(new RowError(line, "nfib_code", "", "A code is required"));
        }

        assertThat(refused.rows()).isEqualTo(10_000);
        assertThat(refused.errors()).hasSize(20_000);
    }

    @Test
    void shouldRefuseTheFileAsAWholePastTheMost_namingTheFirstProblem() {
        RefusedRows refused = new RefusedRows();
        for (int line = 2; line < 2 + RefusedRows.MOST; line++) {
            refused.accept(new RowError(line, "reported_date", "", "A date is required"));
        }

        assertThatThrownBy(() -> refused.accept(new RowError(10_002, null, "", "The row has too many values")))
                .isInstanceOf(CsvFileException.class)
                .hasMessage("More than 10,000 rows would be refused, so the file is refused as a whole and nothing was "
                        + "imported. Check it is the right kind of file. The first problem is on line 2, reported_date: "
                        + "A date is required");
    }
}
