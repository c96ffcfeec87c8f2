package uk.police.ecu.casework.victimcare;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Weekly victim lists shaped like Action Fraud's, with the truth known: every row names the person
 * (kept here, never in the file) it really is. Seeded, so the same seed gives the same files.
 *
 * <p>The population is what makes matching hard: households of 2 to 4 people defrauded together
 * who share a landline and sometimes an email address but have their own names and dates of birth;
 * twins with the same surname and birthday; repeat victims listed again in later weeks under another
 * spelling ({@code MÜLLER}/{@code Müller}, {@code Zoë}/{@code Zoe}, {@code O'Neil}/{@code ONeil},
 * {@code Smith-Jones}/{@code Smith Jones}, a decomposed accent), with dates of birth written each way
 * the list reader accepts ({@code 1950-03-07}, {@code 07/03/1950}, {@code 7/3/1950}) and phone numbers
 * written several ways; people with no phone or email; a few people who never give a date of birth and
 * a few rows where it is left out. No two different people share a name (compared the way UK police
 * indexes do) and a date of birth, so every true repeat can in principle be told apart from everyone else.
 */
public final class SyntheticVictimLists {

    /** The columns of every generated file, in order. */
    public static final String HEADER = "crime_reference,reported_date,nfib_code,victim_forename,victim_surname,"
            + "victim_date_of_birth,victim_phone,victim_email,victim_postcode,ndm_score,loss_gbp,list_week\n";

    /** Share of rows that list someone already listed (a repeat victim). */
    static final double REPEAT_ROWS = 0.22;
    /** Share of new households that are more than one person. */
    static final double SHARED_HOUSEHOLDS = 0.3;
    /** Share of households of four whose grown-up children are twins. */
    static final double TWIN_HOUSEHOLDS = 0.5;
    /** Share of people who never give a date of birth, and of other rows that leave it out. */
    static final double NEVER_GIVES_DOB = 0.003;
    static final double ROW_WITHOUT_DOB = 0.002;
    /** Share of single-person households with neither a phone nor an email. */
    static final double NO_CONTACT = 0.1;

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter UK_SHORT = DateTimeFormatter.ofPattern("d/M/yyyy");

    /**
     * One person, as they really are.
     *
     * @param household the people defrauded together, sharing a landline and perhaps an email
     * @param dateOfBirth null for someone who never gives it
     * @param twinOf the id of their twin, or null
     */
    public record Person(int id, int household, String forename, String surname, LocalDate dateOfBirth,
                         String landline, String mobile, String email, String postcode, Integer twinOf) {

        public boolean hasContact() {
            return landline != null || mobile != null || email != null;
        }
    }

    /** One row of a file and who it really is; {@code line} is the text written to the file. */
    public record Row(String crimeReference, int personId, String forename, String surname, String dateOfBirth,
                      String phone, String email, String line) {
    }

    /** One weekly list. */
    public record Week(LocalDate monday, List<Row> rows) {

        public String csv() {
            StringBuilder csv = new StringBuilder(HEADER);
            rows.forEach(row -> csv.append(row.line()).append('\n'));
            return csv.toString();
        }
    }

    /** The weekly lists and the truth behind them. */
    public record Lists(long seed, List<Week> weeks, Map<Integer, Person> people) {

        public List<Row> rows() {
            return weeks.stream().flatMap(week -> week.rows().stream()).toList();
        }

        /** Crime reference to the id of the person it really lists. */
        public Map<String, Integer> truth() {
            return rows().stream().collect(Collectors.toMap(Row::crimeReference, Row::personId));
        }

        /** Person id to their rows, in the order listed. */
        public Map<Integer, List<Row>> rowsByPerson() {
            return rows().stream().collect(Collectors.groupingBy(Row::personId));
        }
    }

    private final Random random;
    private final String referencePrefix;
    private final Map<Integer, Person> people = new HashMap<>();
    private final List<Person> listed = new ArrayList<>();
    private final Set<Integer> listedIds = new HashSet<>();
    private final Deque<Person> householdStillToList = new ArrayDeque<>();
    private final Set<String> identities = new HashSet<>();
    private final Set<String> phones = new HashSet<>();
    private final Set<String> emails = new HashSet<>();
    private int households;
    private int crimes;

    private SyntheticVictimLists(long seed, String referencePrefix) {
        this.random = new Random(seed);
        this.referencePrefix = referencePrefix;
    }

    /**
     * {@code rows} rows over {@code weeks} weekly lists, the last for the week before {@code today}'s;
     * crime references are {@code referencePrefix-000001} onwards, one per row.
     */
    public static Lists generate(long seed, int rows, int weeks, String referencePrefix, LocalDate today) {
        SyntheticVictimLists generator = new SyntheticVictimLists(seed, referencePrefix);
        LocalDate lastMonday = today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(1);
        List<Week> lists = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = lastMonday.minusWeeks(weeks - 1L - w);
            int count = rows / weeks + (w < rows % weeks ? 1 : 0);
            List<Row> weekRows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                weekRows.add(generator.row(monday));
            }
            lists.add(new Week(monday, List.copyOf(weekRows)));
        }
        return new Lists(seed, List.copyOf(lists), Collections.unmodifiableMap(generator.people));
    }

    private Row row(LocalDate monday) {
        Person person = nextPerson(monday);
        if (listedIds.add(person.id())) {
            listed.add(person);
        }
        String reference = "%s-%06d".formatted(referencePrefix, ++crimes);
        LocalDate reported = monday.minusDays(random.nextInt(10));
        String forename = spell(person.forename());
        String surname = spell(person.surname());
        String dateOfBirth = person.dateOfBirth() == null || random.nextDouble() < ROW_WITHOUT_DOB ? ""
                : date(person.dateOfBirth());
        String phone = random.nextDouble() < 0.1 ? null
                : person.mobile() != null && (person.landline() == null || random.nextDouble() < 0.6)
                ? person.mobile() : person.landline();
        String email = person.email() == null || random.nextDouble() < 0.1 ? null : emailAsWritten(person.email());
        String line = String.join(",", reference, date(reported), pick(SyntheticPopulation.NFIB_CODES), forename, surname,
                dateOfBirth, phone == null ? "" : phoneAsWritten(phone), email == null ? "" : email,
                person.postcode() == null || random.nextDouble() < 0.3 ? "" : postcodeAsWritten(person.postcode()),
                Integer.toString(ndmScore()), loss(), monday.toString());
        return new Row(reference, person.id(), forename, surname, dateOfBirth, phone, email, line);
    }

    private Person nextPerson(LocalDate monday) {
        if (!householdStillToList.isEmpty() && random.nextDouble() < 0.6) {
            return householdStillToList.poll();
        }
        if (!listed.isEmpty() && random.nextDouble() < REPEAT_ROWS) {
            return listed.get(random.nextInt(listed.size()));
        }
        List<Person> household = newHousehold(monday);
        householdStillToList.addAll(household.subList(1, household.size()));
        return household.get(0);
    }

    private List<Person> newHousehold(LocalDate monday) {
        int household = ++households;
        int size = random.nextDouble() >= SHARED_HOUSEHOLDS ? 1 : 2 + weightedIndex(60, 25, 15);
        String postcode = random.nextDouble() < 0.85 ? postcode() : null;
        if (size == 1) {
            boolean anyContact = random.nextDouble() >= NO_CONTACT;
            String landline = anyContact && random.nextDouble() < 0.5 ? newPhone("01") : null;
            String mobile = anyContact && (landline == null || random.nextDouble() < 0.6) ? newPhone("07") : null;
            String surname = pick(SyntheticPopulation.SURNAMES);
            LocalDate born = random.nextDouble() < NEVER_GIVES_DOB ? null : dateOfBirth(monday, 18, 95);
            String forename = uniqueForename(surname, born);
            String email = anyContact && random.nextDouble() < 0.65 ? personalEmail(forename, surname) : null;
            return List.of(add(household, forename, surname, born, landline, mobile, email, postcode, null));
        }
        // A couple of similar age, perhaps with grown-up children (twins among them) living with them.
        String surname = pick(SyntheticPopulation.SURNAMES);
        String landline = random.nextDouble() < 0.9 ? newPhone("01") : null;
        String sharedEmail = random.nextDouble() < 0.35 ? newEmail("the" + folded(surname)) : null;
        LocalDate first = dateOfBirth(monday, size > 2 ? 52 : 25, 92);
        List<Person> members = new ArrayList<>();
        for (int m = 0; m < Math.min(size, 2); m++) {
            String memberSurname = m == 1 && random.nextDouble() < 0.2 ? pick(SyntheticPopulation.SURNAMES) : surname;
            LocalDate born = m == 0 ? first : first.plusDays(random.nextInt(3_651) - 1_825L);
            members.add(member(household, memberSurname, born, landline, sharedEmail, postcode, null));
        }
        boolean twins = size == 4 && random.nextDouble() < TWIN_HOUSEHOLDS;
        LocalDate twinsBorn = first.plusYears(24 + random.nextInt(8)).plusDays(random.nextInt(365));
        for (int m = 2; m < size; m++) {
            LocalDate born = twins ? twinsBorn : first.plusYears(24 + random.nextInt(8)).plusDays(random.nextInt(365));
            members.add(member(household, surname, born, landline, sharedEmail, postcode,
                    twins && m == 3 ? members.get(2).id() : null));
        }
        if (members.size() > 3 && members.get(3).twinOf() != null) {
            Person elder = members.get(2);
            Person withTwin = new Person(elder.id(), elder.household(), elder.forename(), elder.surname(),
                    elder.dateOfBirth(), elder.landline(), elder.mobile(), elder.email(), elder.postcode(),
                    members.get(3).id());
            members.set(2, withTwin);
            people.put(withTwin.id(), withTwin);
        }
        return members;
    }

    private Person member(int household, String surname, LocalDate born, String landline, String sharedEmail,
                          String postcode, Integer twinOf) {
        String forename = uniqueForename(surname, born);
        String mobile = random.nextDouble() < 0.5 ? newPhone("07") : null;
        String email = sharedEmail != null ? sharedEmail
                : random.nextDouble() < 0.5 ? personalEmail(forename, surname) : null;
        return add(household, forename, surname, born, landline, mobile, email, postcode, twinOf);
    }

    private Person add(int household, String forename, String surname, LocalDate born, String landline, String mobile,
                       String email, String postcode, Integer twinOf) {
        Person person = new Person(people.size() + 1, household, forename, surname, born, landline, mobile, email,
                postcode, twinOf);
        people.put(person.id(), person);
        return person;
    }

    /** A forename no one else with this surname and date of birth has, so no two people are indistinguishable. */
    private String uniqueForename(String surname, LocalDate born) {
        while (true) {
            String forename = pick(SyntheticPopulation.FORENAMES);
            if (identities.add(folded(forename) + "|" + folded(surname) + "|" + born)) {
                return forename;
            }
        }
    }

    /** A name as a police index compares it: accents, case, punctuation and spaces set aside. */
    public static String folded(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The name as one list happens to write it. */
    private String spell(String name) {
        String spelled = name;
        if (!Normalizer.isNormalized(name, Normalizer.Form.NFD) && random.nextDouble() < 0.4) {
            spelled = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        if (spelled.contains("'")) {
            double r = random.nextDouble();
            spelled = r < 0.35 ? spelled.replace("'", "") : r < 0.45 ? spelled.replace("'", "\u2019") : spelled;
        }
        if (spelled.contains("-") && random.nextDouble() < 0.4) {
            spelled = spelled.replace('-', ' ');
        }
        double r = random.nextDouble();
        if (r < 0.15) {
            spelled = spelled.toUpperCase(Locale.ROOT);
        } else if (r < 0.18) {
            spelled = spelled.toLowerCase(Locale.ROOT);
        }
        if (random.nextDouble() < 0.05) {
            spelled = Normalizer.normalize(spelled, Normalizer.Form.NFD);
        }
        return spelled;
    }

    private String date(LocalDate date) {
        return switch (random.nextInt(3)) {
            case 0 -> date.toString();
            case 1 -> date.format(UK);
            default -> date.format(UK_SHORT);
        };
    }

    /** A date of birth giving an age in [min, max] at the week's Monday: about a third of victims are 70 or over. */
    private LocalDate dateOfBirth(LocalDate monday, int minAge, int maxAge) {
        int age = minAge + random.nextInt(maxAge - minAge + 1);
        return monday.minusYears(age).minusDays(random.nextInt(365));
    }

    private String newPhone(String prefix) {
        while (true) {
            String phone = prefix + (prefix.equals("07") ? "7" : "2") + "%08d".formatted(random.nextInt(100_000_000));
            if (phones.add(phone)) {
                return phone;
            }
        }
    }

    private String phoneAsWritten(String phone) {
        String rest = phone.substring(1);
        return switch (random.nextInt(4)) {
            case 0 -> phone;
            case 1 -> phone.substring(0, 5) + " " + phone.substring(5);
            case 2 -> "+44 " + rest.substring(0, 4) + " " + rest.substring(4);
            default -> "0044 (0)" + rest;
        };
    }

    private String personalEmail(String forename, String surname) {
        return newEmail(folded(forename) + "." + folded(surname));
    }

    private String newEmail(String local) {
        while (true) {
            String email = local + (random.nextInt(3) == 0 ? "" : Integer.toString(random.nextInt(1_000))) + "@"
                    + pick(SyntheticPopulation.EMAIL_DOMAINS);
            if (emails.add(email)) {
                return email;
            }
        }
    }

    private String emailAsWritten(String email) {
        return random.nextDouble() < 0.15 ? Character.toUpperCase(email.charAt(0)) + email.substring(1)
                .replace("@e", "@E") : email;
    }

    private String postcode() {
        return pick(SyntheticPopulation.POSTCODE_AREAS) + (1 + random.nextInt(20)) + " " + random.nextInt(10)
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    private String postcodeAsWritten(String postcode) {
        return random.nextDouble() < 0.2 ? postcode.replace(" ", "").toLowerCase(Locale.ROOT) : postcode;
    }

    /** Most victims score low; a tail is highly vulnerable. */
    private int ndmScore() {
        return 1 + weightedIndex(8, 16, 20, 17, 13, 9, 7, 5, 3, 2);
    }

    private String loss() {
        double pounds = Math.exp(3 + random.nextDouble() * 8);
        return String.format(Locale.ROOT, "%.2f", Math.min(pounds, 250_000));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private int weightedIndex(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
