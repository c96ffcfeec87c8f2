package uk.police.ecu.casework.board;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the board papers show change: a percentage of the earlier figure, to one decimal place. */
final class Change {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Change() {
    }

    /** Null when the earlier figure was nought: a rise from nothing has no percentage. */
    static BigDecimal percent(long current, long previous) {
        if (previous == 0) {
            return null;
        }
        return BigDecimal.valueOf(current - previous).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal difference(BigDecimal current, BigDecimal previous) {
        return current == null || previous == null ? null : current.subtract(previous);
    }
}
