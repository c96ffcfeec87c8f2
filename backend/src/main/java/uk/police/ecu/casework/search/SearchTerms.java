package uk.police.ecu.casework.search;

import java.util.Locale;
import uk.police.ecu.casework.people.NameKey;

/**
 * What the user typed, in the forms the providers compare: as typed (trimmed), as a reference (upper case,
 * no spaces), as a name key (the {@code people} module's: no accents, case, spaces or punctuation) and as a
 * {@code LIKE} pattern for "contains".
 */
public record SearchTerms(String text, String reference, String nameKey, int limit) {

    static SearchTerms of(String typed, int limit) {
        String text = typed.strip();
        String reference = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return new SearchTerms(text, reference, NameKey.of(text), limit);
    }

    /** {@code %text%} with the LIKE wildcards of the text escaped, for {@code ILIKE ... ESCAPE '\'}. */
    public String contains() {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** {@code %KEY%} for comparing with a name key; matches nothing when the text has no letters or digits. */
    public String keyContains() {
        return nameKey == null ? "" : "%" + nameKey + "%";
    }

    /** How many rows a provider asks its repository for: one more than shown, to know there are more. */
    public int rows() {
        return limit + 1;
    }
}
