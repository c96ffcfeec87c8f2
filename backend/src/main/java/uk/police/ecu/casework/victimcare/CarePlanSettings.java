package uk.police.ecu.casework.victimcare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * What a supervisor may change without a release: each support level's default plan and each counted resource's
 * low-stock level. A changed default applies to plans agreed from then on; agreed plans keep their own dates.
 */
@Component
class CarePlanSettings {

    /** Numbers as sent or as typed into the form; lists of the codes the unit knows. */
    record PlanDefaultChange(String name, Object contactEveryDays, Object contacts, List<String> advice,
                             List<String> resources) {
    }

    record LowStockChange(Object lowStockThreshold) {
    }

    static final String PLAN_DEFAULT = "victim-care-plan-default";
    private static final int LONGEST_NAME = 60;
    private static final Set<String> ADVICE = names(PlannedContactTask.Advice.values());
    private static final Set<String> RESOURCES = names(ProtectResource.values());

    private final CarePlanDefaultRepository defaults;
    private final CarePlanDefaults shown;
    private final ProtectResourceRepository stock;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CarePlanSettings(CarePlanDefaultRepository defaults, CarePlanDefaults shown, ProtectResourceRepository stock,
                     CurrentUser currentUser, AuditLog audit) {
        this.defaults = defaults;
        this.shown = shown;
        this.stock = stock;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The level's defaults after the change; the change and its audit entry (from and to) are one transaction. */
    @Transactional
    public ReferralDetail.PlanDefaults changeDefault(String supportLevel, PlanDefaultChange change) {
        CarePlanDefaultRepository.PlanDefault before = defaults.find(supportLevel)
                .orElseThrow(() -> new NotFoundException("There is no support level " + supportLevel));
        VictimCareSupervisors.require(currentUser.get(), "a support level's default plan");
        CarePlanDefaultRepository.PlanDefault after = checked(supportLevel,
                change == null ? new PlanDefaultChange(null, null, null, null, null) : change);
        defaults.update(after);
        audit.record(AuditEntry.alteration(PLAN_DEFAULT, List.of(supportLevel),
                Map.of("from", described(before), "to", described(after))));
        return shown.forSupportLevel(supportLevel).orElseThrow();
    }

    /** The resource's stock after the change, its low-stock warning following the new level. */
    @Transactional
    public ProtectResourceRepository.Stock changeLowStockThreshold(String resource, LowStockChange change) {
        ProtectResourceRepository.Stock before = counted(resource);
        VictimCareSupervisors.require(currentUser.get(), "a resource's low-stock level");
        List<FieldError> errors = new ArrayList<>();
        Integer threshold = WholeNumbers.read(change == null ? null : change.lowStockThreshold(), "lowStockThreshold",
                "the low-stock level", 0, 999_999, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
        stock.setLowStockThreshold(resource, threshold);
        audit.record(AuditEntry.alteration(ResourceDeliveries.PROTECT_RESOURCE, List.of(resource),
                Map.of("from", Map.of("lowStockThreshold", before.lowStockThreshold()),
                        "to", Map.of("lowStockThreshold", threshold))));
        return counted(resource);
    }

    private ProtectResourceRepository.Stock counted(String resource) {
        return stock.stock().stream().filter(s -> s.resource().equals(resource)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no counted stock of " + resource));
    }

    private static CarePlanDefaultRepository.PlanDefault checked(String supportLevel, PlanDefaultChange change) {
        List<FieldError> errors = new ArrayList<>();
        String name = change.name() == null ? "" : change.name().trim();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "Enter the support level's name"));
        } else if (name.length() > LONGEST_NAME) {
            errors.add(new FieldError("name", "The name must be " + LONGEST_NAME + " characters or fewer"));
        }
        Integer every = WholeNumbers.read(change.contactEveryDays(), "contactEveryDays", "the number of days between contacts",
                1, 365, errors);
        Integer contacts = WholeNumbers.read(change.contacts(), "contacts", "the number of contacts", 1, 52, errors);
        List<String> advice = known(change.advice(), ADVICE, "advice", "advice area", errors);
        List<String> resources = known(change.resources(), RESOURCES, "resources", "resource", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The default plan could not be changed", errors);
        }
        return new CarePlanDefaultRepository.PlanDefault(supportLevel, name, every, contacts, advice, resources);
    }

    /** The codes chosen, each once and in the order given; none is allowed (nothing offered by default). */
    private static List<String> known(List<String> given, Set<String> known, String field, String what,
                                      List<FieldError> errors) {
        List<String> codes = given == null ? List.of() : given.stream().distinct().toList();
        if (codes.stream().anyMatch(code -> code == null || !known.contains(code))) {
            errors.add(new FieldError(field, "Choose each " + what + " from the list"));
        }
        return codes;
    }

    private static Map<String, Object> described(CarePlanDefaultRepository.PlanDefault plan) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", plan.name());
        described.put("contactEveryDays", plan.contactEveryDays());
        described.put("contacts", plan.contacts());
        described.put("advice", plan.advice());
        described.put("resources", plan.resources());
        return described;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
