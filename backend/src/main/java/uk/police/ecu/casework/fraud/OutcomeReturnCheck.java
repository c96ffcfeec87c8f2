package uk.police.ecu.casework.fraud;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.OutcomeCode;
import uk.police.ecu.casework.reference.OutcomePath;
import uk.police.ecu.casework.reference.ReferenceDataRepository;
import uk.police.ecu.casework.shared.FieldError;

/**
 * Checks every row of a month's return against the outcome codes its path may record. The tasks refuse
 * such a code today; this catches crimes closed before they did, so none reaches the national lead force.
 */
@Component
class OutcomeReturnCheck {

    /** A listed crime closed with an outcome its path may not record. */
    record OutOfPath(String crimeReference, String outcomeCode, OutcomePath path) {

        String describe() {
            return crimeReference + " (outcome " + outcomeCode + " on " + path.description + ")";
        }
    }

    private final OutcomeReturnRepository returns;
    private final ReferenceDataRepository referenceData;

    OutcomeReturnCheck(OutcomeReturnRepository returns, ReferenceDataRepository referenceData) {
        this.returns = returns;
        this.referenceData = referenceData;
    }

    List<OutOfPath> outOfPath(YearMonth month) {
        return outOfPath(returns.crimes(month));
    }

    List<OutOfPath> outOfPath(List<OutcomeReturnRepository.ReturnedCrime> crimes) {
        Map<OutcomePath, Set<String>> codes = new EnumMap<>(OutcomePath.class);
        return crimes.stream()
                .map(c -> {
                    OutcomePath path = pathOf(c);
                    Set<String> allowed = codes.computeIfAbsent(path, this::codes);
                    return allowed.contains(c.outcomeCode()) ? null : new OutOfPath(c.crimeReference(), c.outcomeCode(), path);
                })
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * A crime filed at triage was never investigated, nor one returned to NFIB; every other finalised crime was
     * allocated first.
     */
    private static OutcomePath pathOf(OutcomeReturnRepository.ReturnedCrime crime) {
        return pathOf(crime.triageDecision());
    }

    /** The path of a finalised crime, from its triage decision. */
    static OutcomePath pathOf(String triageDecision) {
        if (TriageDecisionForm.Decision.FILE.name().equals(triageDecision)) {
            return OutcomePath.FILED_AT_TRIAGE;
        }
        if (TriageDecisionForm.Decision.RETURN_TO_NFIB.name().equals(triageDecision)) {
            return OutcomePath.NFIB_RETURNED;
        }
        return OutcomePath.INVESTIGATED;
    }

    private Set<String> codes(OutcomePath path) {
        return referenceData.outcomeCodes(path).stream().map(OutcomeCode::code).collect(Collectors.toSet());
    }

    /** The problem with one row, if its outcome does not fit its path: the field and the reason, as a person reads them. */
    Optional<FieldError> problem(OutcomeReturnRepository.ReturnedCrime crime) {
        OutcomePath path = pathOf(crime);
        List<OutcomeCode> allowed = referenceData.outcomeCodes(path);
        if (allowed.stream().anyMatch(c -> c.code().equals(crime.outcomeCode()))) {
            return Optional.empty();
        }
        String field = crime.outcomeCode().equals(crime.homeOfficeOutcome()) ? "home_office_outcome" : "local_outcome_code";
        String name = referenceData.outcomeCodes().stream().filter(c -> c.code().equals(crime.outcomeCode()))
                .map(OutcomeCode::name).findFirst().orElse("not in the reference data");
        return Optional.of(new FieldError(field, "Outcome " + crime.outcomeCode()
                + " (" + name + ") cannot close " + path.description + "; choose one of "
                + allowed.stream().map(OutcomeCode::code).collect(Collectors.joining(", "))));
    }

    static String listing(List<OutOfPath> problems) {
        return problems.stream().map(OutOfPath::describe).collect(Collectors.joining("; "));
    }
}
