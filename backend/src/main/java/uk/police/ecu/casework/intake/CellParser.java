package uk.police.ecu.casework.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns one non-blank cell value, already stripped of surrounding spaces, into a typed value, or
 * throws {@link InvalidCellException} with the reason. Dates, money and contact details have parsers
 * of their own ({@link DateCell}, {@link MoneyCell}, {@link ContactCells}).
 */
@FunctionalInterface
public interface CellParser<T> {

    T parse(String value);

    /** Free text up to a length, kept as written (line breaks included). */
    static CellParser<String> text(int maxLength) {
        return value -> {
            if (value.length() > maxLength) {
                throw new InvalidCellException("Must be %,d characters or fewer".formatted(maxLength));
            }
            return value;
        };
    }

    /** A name on one line: runs of spaces, tabs and line breaks become one space. */
    static CellParser<String> name(int maxLength) {
        return value -> text(maxLength).parse(value.replaceAll("\\s+", " "));
    }

    /**
     * A person's name on one line ({@link #name}) with at least one letter: a cell of only punctuation or
     * digits ({@code ...}, {@code -}, {@code 123}) is a placeholder or a slip, not a name.
     */
    static CellParser<String> personName(int maxLength) {
        return value -> {
            String name = name(maxLength).parse(value);
            if (name.codePoints().noneMatch(Character::isLetter)) {
                throw new InvalidCellException("Must contain a letter: a name cannot be only punctuation or digits");
            }
            return name;
        };
    }

    static CellParser<Integer> integer(int min, int max) {
        String reason = "Must be a whole number from %d to %d".formatted(min, max);
        return value -> {
            if (!value.matches("[+-]?\\d{1,9}")) {
                throw new InvalidCellException(reason);
            }
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new InvalidCellException(reason);
            }
            return number;
        };
    }

    /** One of an enum's constants, in any case. */
    static <E extends Enum<E>> CellParser<E> oneOf(Class<E> type) {
        String reason = "Must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", "));
        return value -> {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidCellException(reason);
            }
        };
    }
}
