package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The contact plan a support level offers by default, in words the officer can read to the victim: the
 * assessment decides the level, the level's row decides the plan, and the officer agrees the actual plan.
 */
@Component
class CarePlanDefaults {

    private static final Map<String, String> ADVICE_WORDS = Map.of(
            "BANKING_SAFEGUARDING", "banking safeguarding",
            "INTERNET_SAFETY", "internet safety",
            "LASTING_POWER_OF_ATTORNEY", "lasting power of attorney",
            "BANKING_PROTOCOL", "the Banking Protocol",
            "SCAM_TRENDS", "current scams");

    private static final Map<String, String> RESOURCE_WORDS = Map.of(
            "CALL_BLOCKER", "call blocker",
            "PROTECT_BOOKLET", "Protect booklet");

    private final CarePlanDefaultRepository repository;
    private final Clock clock;

    CarePlanDefaults(CarePlanDefaultRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Empty when the level is not yet decided (or has no row). */
    Optional<ReferralDetail.PlanDefaults> forSupportLevel(String supportLevel) {
        if (supportLevel == null) {
            return Optional.empty();
        }
        return repository.find(supportLevel).map(this::shown);
    }

    List<ReferralDetail.PlanDefaults> all() {
        return repository.all().stream().map(this::shown).toList();
    }

    private ReferralDetail.PlanDefaults shown(CarePlanDefaultRepository.PlanDefault row) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> contacts = IntStream.rangeClosed(1, row.contacts())
                .mapToObj(i -> today.plusDays((long) i * row.contactEveryDays()))
                .toList();
        return new ReferralDetail.PlanDefaults(row.supportLevel(), row.name(), row.contactEveryDays(), contacts,
                row.advice(), row.resources(), why(row));
    }

    /** "High support: weekly contact, call blocker and Protect booklet offered; advice on …". */
    static String why(CarePlanDefaultRepository.PlanDefault row) {
        StringBuilder why = new StringBuilder(row.name()).append(": ").append(frequency(row.contactEveryDays()));
        if (!row.resources().isEmpty()) {
            why.append(", ").append(listed(row.resources(), RESOURCE_WORDS)).append(" offered");
        }
        if (!row.advice().isEmpty()) {
            why.append("; advice on ").append(listed(row.advice(), ADVICE_WORDS));
        }
        return why.toString();
    }

    static String frequency(int days) {
        if (days == 1) {
            return "daily contact";
        }
        if (days == 7) {
            return "weekly contact";
        }
        if (days % 7 == 0) {
            return "contact every " + days / 7 + " weeks";
        }
        return "contact every " + days + " days";
    }

    private static String listed(List<String> codes, Map<String, String> words) {
        List<String> said = codes.stream().map(code -> words.getOrDefault(code, code.toLowerCase().replace('_', ' ')))
                .toList();
        if (said.size() == 1) {
            return said.get(0);
        }
        return String.join(", ", said.subList(0, said.size() - 1)) + " and " + said.get(said.size() - 1);
    }
}
