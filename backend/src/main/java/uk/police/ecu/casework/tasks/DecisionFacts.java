package uk.police.ecu.casework.tasks;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The facts a task's decision rests on, read from its case and shown at the top of the task page so the officer
 * need not open the case in another tab. Titled groups of label and value, each value already in words
 * ("£12,500", "3 December 2026"). A {@code personal} fact is shown only to roles that may see the case's subject.
 */
public record DecisionFacts(List<Group> groups) {

    public static final String NOT_RECORDED = "Not recorded";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public record Group(String title, List<Fact> facts) {
    }

    public record Fact(String label, String value, boolean personal) {

        public static Fact about(String label, String value) {
            return new Fact(label, value == null || value.isBlank() ? NOT_RECORDED : value, false);
        }

        public static Fact personal(String label, String value) {
            return new Fact(label, value == null || value.isBlank() ? NOT_RECORDED : value, true);
        }
    }

    /** The facts a user who may not see the case's subject may read; groups left empty are dropped. */
    DecisionFacts withoutPersonalFacts() {
        return new DecisionFacts(groups.stream()
                .map(g -> new Group(g.title(), g.facts().stream().filter(f -> !f.personal()).toList()))
                .filter(g -> !g.facts().isEmpty()).toList());
    }

    /** "£12,500", or "£12,500.50" when there are pence; null when unknown. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount);
    }

    /** "3 December 2026"; null when unknown. */
    public static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    /** A stored code such as NO_ANSWER in words: "No answer". */
    public static String words(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String spaced = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    public static String yesOrNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
