package uk.police.ecu.casework.fraud;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facts of a crime NFIB may send again with new values, and how a changed one is described. A value NFIB
 * leaves blank in the re-sent dissemination is "not sent" rather than "removed": a file with fewer columns does
 * not wipe what is known.
 */
enum AmendedFields {

    REPORTED_DATE("reported date", c -> iso(c.reportedDate()), d -> iso(d.reportedDate()), AmendedFields::date),
    NFIB_CODE("NFIB code", Crime::originalNfibCode, Dissemination::normalisedNfibCode, v -> v),
    VICTIM_TYPE("victim type", Crime::victimType, d -> d.victimType().name(), v -> v.toLowerCase(Locale.ROOT)),
    VICTIM_NAME("victim name", Crime::victimName, d -> text(d.victimName()), v -> v),
    VICTIM_DATE_OF_BIRTH("victim's date of birth", c -> iso(c.victimDateOfBirth()), d -> iso(d.victimDateOfBirth()),
            AmendedFields::date),
    VICTIM_EMAIL("victim's email", Crime::victimEmail, d -> text(d.victimEmail()), v -> v),
    VICTIM_PHONE("victim's phone", Crime::victimPhone, d -> text(d.victimPhone()), v -> v),
    VICTIM_POSTCODE("victim's postcode", Crime::victimPostcode, d -> text(d.victimPostcode()), v -> v),
    LOSS_GBP("loss", c -> money(c.lossGbp()), d -> money(d.lossGbp()), AmendedFields::pounds),
    NDM_SCORE("NDM score", c -> string(c.ndmScore()), d -> string(d.ndmScore()), v -> v),
    POLICING_AREA("policing area", Crime::policingArea, d -> text(d.policingArea()), v -> v),
    SUMMARY("details", Crime::summary, d -> text(d.summary()), v -> v),
    SUSPECT_DETAILS("suspect details", Crime::suspectDetails, d -> text(d.suspectDetails()), v -> v);

    /** A changed fact, as stored: {@code was} is null when nothing was known before. */
    record Change(String was, String now) {
    }

    /** A changed fact as people read it. */
    record FieldChange(String field, String label, String was, String now) {
    }

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final int LONGEST_SHOWN_IN_A_LINE = 60;

    private final String label;
    private final Function<Crime, String> known;
    private final Function<Dissemination, String> sent;
    private final Function<String, String> shown;

    AmendedFields(String label, Function<Crime, String> known, Function<Dissemination, String> sent,
                  Function<String, String> shown) {
        this.label = label;
        this.known = known;
        this.sent = sent;
        this.shown = shown;
    }

    /** The stored name of the field, as the JSON API names it. */
    String field() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder camel = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return camel.toString();
    }

    /** What the re-sent dissemination changes on the crime, in the order the case page lists facts. */
    static Map<String, Change> between(Crime crime, Dissemination resent) {
        Map<String, Change> changes = new LinkedHashMap<>();
        for (AmendedFields f : values()) {
            String now = f.sent.apply(resent);
            String was = f.known.apply(crime);
            if (now != null && !now.equals(was)) {
                changes.put(f.field(), new Change(was, now));
            }
        }
        return changes;
    }

    /** The stored changes as people read them, in the case page's order. */
    static List<FieldChange> shown(Map<String, Change> changes) {
        return Arrays.stream(values())
                .filter(f -> changes.containsKey(f.field()))
                .map(f -> {
                    Change c = changes.get(f.field());
                    return new FieldChange(f.field(), f.label, f.show(c.was()), f.show(c.now()));
                })
                .toList();
    }

    /** One line for the import report and the timeline, e.g. "loss £640 → £900, victim name Ann Lee → Anne Lee". */
    static String summary(List<FieldChange> changes) {
        return changes.stream().map(c -> {
            String was = c.was() == null ? "(none)" : c.was();
            if (was.length() + c.now().length() > LONGEST_SHOWN_IN_A_LINE) {
                return c.label() + " changed";
            }
            return c.label() + " " + was + " → " + c.now();
        }).collect(Collectors.joining(", "));
    }

    // An erased value is shown as it was stored.
    private String show(String value) {
        if (value == null) {
            return null;
        }
        try {
            return shown.apply(value);
        } catch (RuntimeException notInItsFormat) {
            return value;
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String date(String iso) {
        return LocalDate.parse(iso).format(SHOWN_DATE);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String string(Integer value) {
        return value == null ? null : value.toString();
    }

    private static String money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    // £640, £1,250, £12.50
    private static String pounds(String value) {
        BigDecimal amount = new BigDecimal(value);
        boolean whole = amount.remainder(BigDecimal.ONE).signum() == 0;
        return "£" + new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK))
                .format(amount);
    }
}
