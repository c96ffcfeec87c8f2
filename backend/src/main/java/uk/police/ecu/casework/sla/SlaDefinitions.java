package uk.police.ecu.casework.sla;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.PerTransaction;

/** Chooses the version of each SLA definition that a new clock starts under. */
@Component
public class SlaDefinitions {

    private final SlaDefinitionRepository definitions;

    SlaDefinitions(SlaDefinitionRepository definitions) {
        this.definitions = definitions;
    }

    /**
     * The definitions whose clock starts on this event, one version each: for a Victims' Code SLA the
     * version of the Code the case started under (so a new Code never changes a running case), otherwise
     * the latest version in effect on {@code today}. Chosen from the definitions read once per transaction,
     * as an import batch starts hundreds of clocks.
     */
    List<SlaDefinition> startingOn(String processKey, SlaDefinition.StartTrigger trigger, String element,
                                   String caseCodeVersion, LocalDate today) {
        Comparator<SlaDefinition> preferred = Comparator
                .comparing((SlaDefinition d) -> underCode(d, caseCodeVersion))
                .thenComparing(SlaDefinition::effectiveFrom)
                .thenComparingInt(SlaDefinition::version);
        return PerTransaction.get("sla definitions", definitions::all).stream()
                .filter(d -> d.processKey().equals(processKey) && d.startTrigger() == trigger
                        && Objects.equals(d.startElement(), element))
                .filter(d -> !d.effectiveFrom().isAfter(today) || underCode(d, caseCodeVersion))
                .collect(Collectors.groupingBy(SlaDefinition::id, TreeMap::new,
                        Collectors.maxBy(preferred)))
                .values().stream().flatMap(Optional::stream).toList();
    }

    private static boolean underCode(SlaDefinition definition, String caseCodeVersion) {
        return definition.victimsCodeVersion() != null && definition.victimsCodeVersion().equals(caseCodeVersion);
    }
}
