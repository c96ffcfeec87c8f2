package uk.police.ecu.casework.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether a person on a victim list is a person already known, by the evidence rules below: the first rule
 * whose every cell agrees decides. A person is the same person only on the same name AND date of birth;
 * phone, email and postcode are supporting evidence and never make two people one on their own (a couple
 * sharing a landline and an email address are two victims). Partial evidence raises a possible match for
 * a victim care officer to confirm or reject.
 *
 * <pre>
 * | rule                                   | name | forename | surname | date of birth  | phone or email | verdict          |
 * |----------------------------------------|------|----------|---------|----------------|----------------|------------------|
 * | SAME_NAME_AND_DATE_OF_BIRTH            | same | -        | -       | same           | -              | SAME_PERSON      |
 * | SAME_NAME_DIFFERENT_DATE_OF_BIRTH      | same | -        | -       | different      | -              | DIFFERENT_PEOPLE |
 * | SAME_NAME_NO_DATE_OF_BIRTH             | same | -        | -       | missing either | -              | POSSIBLE_MATCH   |
 * | FORENAME_DIFFERS_SAME_BIRTH_AND_CONTACT| diff | differs  | same    | same           | same           | POSSIBLE_MATCH   |
 * | SURNAME_DIFFERS_SAME_BIRTH_AND_CONTACT | diff | same     | differs | same           | same           | POSSIBLE_MATCH   |
 * | NOT_ENOUGH_IN_COMMON                   | -    | -        | -       | -              | -              | DIFFERENT_PEOPLE |
 * </pre>
 * Names compare by {@link NameKey}; "phone or email same" means the E.164 phone or the lower-case email is the
 * same on both sides. A forename that differs with everything else the same is a short form (Tom, Thomas) or
 * a twin: only a person can tell.
 */
public final class PersonMatcher {

    public enum Verdict { SAME_PERSON, POSSIBLE_MATCH, DIFFERENT_PEOPLE }

    /** How one detail compares: the same, different, or missing on one side or both. */
    public enum Comparison { SAME, DIFFERENT, MISSING }

    /** One detail side by side: as this listing gave it, as the known person has it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Evidence(String field, String listed, String known, Comparison comparison) {
    }

    public record Match(Verdict verdict, String rule, String reason, List<Evidence> evidence) {
    }

    private enum Cell {
        SAME, DIFFERS, MISSING, ANY;

        boolean accepts(Comparison comparison) {
            return switch (this) {
                case ANY -> true;
                case SAME -> comparison == Comparison.SAME;
                case DIFFERS -> comparison == Comparison.DIFFERENT;
                case MISSING -> comparison == Comparison.MISSING;
            };
        }
    }

    private record Rule(String name, Cell fullName, Cell forename, Cell surname, Cell dateOfBirth, Cell contact,
                        Verdict verdict, String reason) {

        boolean applies(Comparison[] facts) {
            return fullName.accepts(facts[0]) && forename.accepts(facts[1]) && surname.accepts(facts[2])
                    && dateOfBirth.accepts(facts[3]) && contact.accepts(facts[4]);
        }
    }

    private static final Cell ANY = Cell.ANY;

    /** The evidence rules, in the order they are tried; the last one always applies. */
    private static final List<Rule> RULES = List.of(
            new Rule("SAME_NAME_AND_DATE_OF_BIRTH", Cell.SAME, ANY, ANY, Cell.SAME, ANY, Verdict.SAME_PERSON,
                    "Same name and date of birth"),
            new Rule("SAME_NAME_DIFFERENT_DATE_OF_BIRTH", Cell.SAME, ANY, ANY, Cell.DIFFERS, ANY,
                    Verdict.DIFFERENT_PEOPLE, "Same name but a different date of birth: different people"),
            new Rule("SAME_NAME_NO_DATE_OF_BIRTH", Cell.SAME, ANY, ANY, Cell.MISSING, ANY, Verdict.POSSIBLE_MATCH,
                    "Same name, but no date of birth on one or both records to tell them apart"),
            new Rule("FORENAME_DIFFERS_SAME_BIRTH_AND_CONTACT", Cell.DIFFERS, Cell.DIFFERS, Cell.SAME, Cell.SAME,
                    Cell.SAME, Verdict.POSSIBLE_MATCH,
                    "Same surname, date of birth and phone or email, but a different forename: a short form of the"
                            + " name, or a twin"),
            new Rule("SURNAME_DIFFERS_SAME_BIRTH_AND_CONTACT", Cell.DIFFERS, Cell.SAME, Cell.DIFFERS, Cell.SAME,
                    Cell.SAME, Verdict.POSSIBLE_MATCH,
                    "Same forename, date of birth and phone or email, but a different surname: perhaps a change of"
                            + " name"),
            new Rule("NOT_ENOUGH_IN_COMMON", ANY, ANY, ANY, ANY, ANY, Verdict.DIFFERENT_PEOPLE,
                    "Not enough in common: a shared phone, email or postcode alone never makes two people one"));

    private PersonMatcher() {
    }

    public static Match compare(ListedPerson listed, ListedPerson known) {
        Comparison phone = compare(listed.phoneKey(), known.phoneKey());
        Comparison email = compare(listed.emailKey(), known.emailKey());
        Comparison contact = phone == Comparison.SAME || email == Comparison.SAME ? Comparison.SAME
                : phone == Comparison.DIFFERENT || email == Comparison.DIFFERENT ? Comparison.DIFFERENT
                : Comparison.MISSING;
        Comparison name = compare(listed.nameKey(), known.nameKey());
        Comparison forename = compare(listed.forenameKey(), known.forenameKey());
        Comparison surname = compare(listed.surnameKey(), known.surnameKey());
        Comparison born = compare(listed.dateOfBirth(), known.dateOfBirth());
        Comparison[] facts = {name, forename, surname, born, contact};
        Rule rule = RULES.stream().filter(r -> r.applies(facts)).findFirst().orElseThrow();
        List<Evidence> evidence = List.of(
                new Evidence("forename", listed.forename(), known.forename(), forename),
                new Evidence("surname", listed.surname(), known.surname(), surname),
                new Evidence("dateOfBirth", text(listed.dateOfBirth()), text(known.dateOfBirth()), born),
                new Evidence("phone", listed.phone(), known.phone(), phone),
                new Evidence("email", listed.email(), known.email(), email),
                new Evidence("postcode", listed.postcode(), known.postcode(),
                        compare(listed.postcodeKey(), known.postcodeKey())));
        return new Match(rule.verdict(), rule.name(), rule.reason(), evidence);
    }

    private static Comparison compare(Object listed, Object known) {
        if (listed == null || known == null) {
            return Comparison.MISSING;
        }
        return Objects.equals(listed, known) ? Comparison.SAME : Comparison.DIFFERENT;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
