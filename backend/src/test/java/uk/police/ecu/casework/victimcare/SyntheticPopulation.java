package uk.police.ecu.casework.victimcare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the synthetic victims of {@link SyntheticVictimLists} are drawn from: common British names with the accents,
 * hyphens, apostrophes and particles that make matching hard, addresses' postcode areas, and NFIB codes in roughly
 * the proportions they are reported.
 */
final class SyntheticPopulation {

    static final List<String> FORENAMES = List.of("Mary", "Margaret", "Patricia", "Susan", "Linda",
            "Barbara", "Elizabeth", "Jean", "Christine", "Janet", "Carol", "Anne", "Sandra", "Helen", "Pauline",
            "Joan", "Sheila", "Valerie", "Brenda", "Kathleen", "Rose", "Eileen", "Doreen", "Irene", "Sarah", "Emma",
            "Claire", "Rachel", "Laura", "Hannah", "Amy", "Sophie", "Charlotte", "Olivia", "Grace", "Ella", "Zoë",
            "Chloë", "Renée", "Siân", "Niamh", "Aoife", "Agnès", "Hélène", "Anaïs", "Inés", "Noémie", "Priya",
            "Aisha", "Fatima", "Mei", "Ayesha", "Sinéad", "Bríd", "Mary-Jane", "Anne-Marie", "Jo-Anne", "Nuala",
            "John", "David", "Michael", "Peter", "Robert", "James", "William", "Richard", "Brian", "Anthony",
            "Alan", "Keith", "Kenneth", "Derek", "Colin", "Raymond", "Graham", "Trevor", "Roy", "Dennis", "Mark",
            "Paul", "Andrew", "Stephen", "Daniel", "Thomas", "Matthew", "Christopher", "Ben", "Sam", "Oliver",
            "Jack", "Harry", "Seán", "José", "Noël", "Zoltán", "Björn", "Jürgen", "François", "Rónán", "Éamon",
            "Mohammed", "Ahmed", "Raj", "Sanjay", "Wei", "Tomás", "Jean-Paul", "Jean-Luc", "Kwame", "Oluwaseun");
    static final List<String> SURNAMES = List.of("Smith", "Jones", "Williams", "Taylor", "Brown",
            "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker",
            "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood",
            "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker",
            "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price",
            "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey",
            "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson",
            "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb",
            "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes",
            "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins",
            "Müller", "Schröder", "Brontë", "Gómez", "Núñez", "Peña", "Fernández", "Lévesque", "Görög", "Çelik",
            "Öztürk", "Ó Súilleabháin", "Ní Bhriain", "O'Neil", "O'Brien", "O'Connor", "O'Sullivan", "D'Souza",
            "D'Arcy", "O'Hara", "McDonald", "MacLeod", "Smith-Jones", "Harcourt-Smith", "Lloyd-Davies",
            "Owen-Jones", "Fitzgerald-Hart", "Bowen-Price", "Vaughan-Williams", "Lane-Fox", "Hamilton-Brown",
            "St John", "Le Roux", "Van der Berg", "De Souza", "Ap Rhys", "Nguyen", "Chen", "Wang", "Kowalski",
            "Nowak", "Okafor", "Mensah", "Adeyemi", "Rahman", "Chowdhury", "Sharma", "Gupta", "Kaur", "Iqbal");
    static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.org", "example.net",
            "mail.example.co.uk", "post.example.com");
    static final List<String> POSTCODE_AREAS = List.of("B", "CV", "DY", "WS", "WV", "WR", "ST", "M", "L",
            "LS", "S", "NG", "LE", "BS", "CF", "SW", "SE", "N", "E", "NW", "OX", "RG", "GL", "TF", "SY");
    /** NFIB codes from the reference list, each as often as it is roughly reported. */
    static final List<String> NFIB_CODES = weighted(Map.ofEntries(
            Map.entry("NFIB3A", 24), Map.entry("NFIB5A", 14), Map.entry("NFIB1H", 7), Map.entry("NFIB52B", 6),
            Map.entry("NFIB52C", 6), Map.entry("NFIB90", 5), Map.entry("NFIB3B", 4), Map.entry("NFIB1D", 4),
            Map.entry("NFIB2A", 4), Map.entry("NFIB3E", 4), Map.entry("NFIB3F", 3), Map.entry("NFIB3D", 3),
            Map.entry("NFIB5D", 3), Map.entry("NFIB1G", 2), Map.entry("NFIB3C", 2), Map.entry("NFIB1B", 1),
            Map.entry("NFIB1A", 1), Map.entry("NFIB1E", 1), Map.entry("NFIB1F", 1), Map.entry("NFIB2B", 1),
            Map.entry("NFIB2E", 1), Map.entry("NFIB5B", 1), Map.entry("NFIB50A", 1), Map.entry("NFIB52A", 1)));

    private static List<String> weighted(Map<String, Integer> weights) {
        List<String> values = new ArrayList<>();
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> values.addAll(Collections.nCopies(entry.getValue(), entry.getKey())));
        return List.copyOf(values);
    }

    private SyntheticPopulation() {
    }
}
