package uk.police.ecu.casework.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.police.ecu.casework.recovery.SmallNumberSuppression.Cell;

/** Cases that would give a person away if the rule were a little different. */
class SmallNumberSuppressionTest {

    @ParameterizedTest
    @CsvSource({"0,0", "1,fewer than 5", "4,fewer than 5", "5,5", "17,17"})
    void shouldWithholdOneToFour_butShowZeroAndFiveUpwards(long count, String shown) {
        assertThat(SmallNumberSuppression.cell(count, false).text()).isEqualTo(shown);
    }

    @Test
    void shouldWithholdEveryCellOfACohortOfFewerThanFive_evenAZero() {
        assertThat(SmallNumberSuppression.cohortWithheld(3)).isTrue();
        assertThat(SmallNumberSuppression.cohortWithheld(0)).isFalse();
        assertThat(SmallNumberSuppression.cell(0, true).text()).as("none of three offended says something of each")
                .isEqualTo("fewer than 5");
        assertThat(SmallNumberSuppression.cell(12, true).withheld()).isTrue();
    }

    @Test
    void shouldRoundATotalOverAWithheldCell_soTheCellCannotBeWorkedOut() {
        // 9 = 6 shown + 3 withheld: an exact 9 less the 6 would give the 3 away.
        Cell total = SmallNumberSuppression.total(List.of(6L, 3L), cells(6, 3));

        assertThat(total).isEqualTo(new Cell(10L, false, true));
        assertThat(total.text()).isEqualTo("~10");
    }

    @Test
    void shouldRoundHalfUp_andNeverToAnExactTotalOfOneToFour() {
        assertThat(SmallNumberSuppression.total(List.of(5L, 2L), cells(5, 2)).text()).isEqualTo("~5");
        assertThat(SmallNumberSuppression.total(List.of(5L, 3L), cells(5, 3)).text()).isEqualTo("~10");
        assertThat(SmallNumberSuppression.total(List.of(2L, 1L), cells(2, 1)).text())
                .as("a total of 3 is itself withheld").isEqualTo("fewer than 5");
    }

    @Test
    void shouldGiveTheExactTotal_whenEveryCellIsShown() {
        assertThat(SmallNumberSuppression.total(List.of(6L, 0L, 7L), cells(6, 0, 7))).isEqualTo(new Cell(13L, false, false));
    }

    @Test
    void shouldRoundATotalOverAWithheldCohort_whoseCellsAreZero() {
        List<Cell> cells = List.of(SmallNumberSuppression.cell(6, false), SmallNumberSuppression.cell(0, true));

        assertThat(SmallNumberSuppression.total(List.of(6L, 0L), cells).text()).isEqualTo("~5");
    }

    private static List<Cell> cells(long... counts) {
        return java.util.Arrays.stream(counts).mapToObj(c -> SmallNumberSuppression.cell(c, false)).toList();
    }
}
