package uk.police.ecu.casework.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as UK police indexes compare it: Unicode NFKC (so full-width and ligature forms are the letters they
 * stand for), case-folded, accents removed (decomposed, then the combining marks dropped) and everything that
 * is not a letter or a digit removed. {@code O'Neil} = {@code ONeil}, {@code Zoë} = {@code Zoe},
 * {@code MÜLLER} = {@code Müller}, {@code Finch-Smith} = {@code Finch Smith}.
 */
public final class NameKey {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private NameKey() {
    }

    /** The key of a name; null when nothing of it is left (blank, or punctuation only). */
    public static String of(String name) {
        if (name == null) {
            return null;
        }
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        // Upper then lower case folds the forms that have no one-to-one lower case (ß becomes ss).
        String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        String unaccented = COMBINING_MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        String key = NOT_LETTER_OR_DIGIT.matcher(unaccented).replaceAll("").toUpperCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    /** Forename and surname as one key, so a name split differently across the two fields still compares. */
    public static String of(String forename, String surname) {
        String first = of(forename);
        String last = of(surname);
        if (first == null && last == null) {
            return null;
        }
        return (first == null ? "" : first) + (last == null ? "" : last);
    }
}
