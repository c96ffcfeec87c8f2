package uk.police.ecu.casework.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An amount in pounds: {@code £1,250.00}, {@code 1250}, {@code 1,250}, {@code 1250.5}; never negative. */
public final class MoneyCell implements CellParser<BigDecimal> {

    private static final Pattern AMOUNT = Pattern.compile(
            "(-)?£?(-)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");
    private static final int MAX_WHOLE_POUND_DIGITS = 12;

    @Override
    public BigDecimal parse(String value) {
        Matcher amount = AMOUNT.matcher(value.replace(" ", ""));
        if (!amount.matches()) {
            throw new InvalidCellException("Must be an amount of money such as 1250 or £1,250.00");
        }
        if (amount.group(1) != null || amount.group(2) != null) {
            throw new InvalidCellException("Must not be negative");
        }
        String pounds = amount.group(3).replace(",", "");
        String pence = amount.group(4);
        if (pence != null && pence.length() > 2) {
            throw new InvalidCellException("Must have no more than 2 decimal places");
        }
        if (pounds.replaceFirst("^0+(?=\\d)", "").length() > MAX_WHOLE_POUND_DIGITS) {
            throw new InvalidCellException("Must be less than £1,000,000,000,000");
        }
        return new BigDecimal(pence == null ? pounds : pounds + "." + pence).setScale(2, RoundingMode.UNNECESSARY);
    }
}
