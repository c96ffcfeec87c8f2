package uk.police.ecu.casework.fraud;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.OutcomeCode;
import uk.police.ecu.casework.reference.OutcomePath;
import uk.police.ecu.casework.reference.ReferenceDataRepository;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;

/** Closes a crime with an outcome: a Home Office code, or a local code stored with the Home Office code it maps to. */
@Component
class CrimeFinalisation {

    static final String NFIB_RETURNED_OUTCOME = "20";
    static final String CHARGE = "CHARGE";
    static final String NO_FURTHER_ACTION = "NO_FURTHER_ACTION";

    private final CrimeRepository crimes;
    private final ReferenceDataRepository referenceData;

    CrimeFinalisation(CrimeRepository crimes, ReferenceDataRepository referenceData) {
        this.crimes = crimes;
        this.referenceData = referenceData;
    }

    /**
     * Closes an investigated crime and says which kind of decision it was (CHARGE, OUT_OF_COURT_DISPOSAL or
     * NO_FURTHER_ACTION: the victim's update and offers depend on it). An outcome that does not fit an
     * investigation is refused on {@code outcomeCode}; a date before the crime was reported on {@code outcomeDate}.
     */
    String finaliseInvestigated(String crimeReference, String outcomeCode, LocalDate outcomeDate) {
        OutcomeCode outcome = allowedOn(OutcomePath.INVESTIGATED, outcomeCode, "outcomeCode",
                "Choose an outcome code from the list");
        crimes.find(crimeReference).map(Crime::reportedDate)
                .filter(reported -> outcomeDate.isBefore(reported))
                .ifPresent(reported -> {
                    throw InvalidInputException.field("outcomeDate",
                            "The outcome date cannot be before the crime was reported on " + reported);
                });
        crimes.finalise(crimeReference, outcome.code(), outcome.homeOfficeCode(), outcomeDate);
        return referenceData.outcomeCategory(OutcomePath.INVESTIGATED, outcome.homeOfficeCode())
                .orElse(NO_FURTHER_ACTION);
    }

    /** Closes a crime returned to the NFIB with the one outcome its path records: 20, another body has primacy. */
    void finaliseReturned(String crimeReference, LocalDate outcomeDate) {
        OutcomeCode outcome = allowedOn(OutcomePath.NFIB_RETURNED, NFIB_RETURNED_OUTCOME, "decision",
                "Outcome " + NFIB_RETURNED_OUTCOME + " is missing from the reference data");
        crimes.finalise(crimeReference, outcome.code(), outcome.homeOfficeCode(), outcomeDate);
    }

    /**
     * Closes a filed crime with the code chosen at triage, where it was checked against its path. A filing
     * chosen before codes were checked by path still closes here, so the case does not stick at approval;
     * the monthly return refuses approval while it lists such a crime.
     */
    void finaliseFiled(String crimeReference, String outcomeCode, LocalDate outcomeDate) {
        OutcomeCode outcome = find(outcomeCode)
                .orElseThrow(() -> InvalidInputException.field("outcomeCode", "Choose an outcome code from the list"));
        crimes.finalise(crimeReference, outcome.code(), outcome.homeOfficeCode(), outcomeDate);
    }

    /** The outcome named by {@code code}; refused on {@code field} if unknown or outside the path. */
    OutcomeCode allowedOn(OutcomePath path, String code, String field, String unknownMessage) {
        problemOn(path, code, field, unknownMessage).ifPresent(problem -> {
            throw new InvalidInputException(problem.message(), List.of(problem));
        });
        return find(code).orElseThrow();
    }

    /**
     * What is wrong with recording {@code code} on the path, if anything: an unknown code, or one the
     * path may not record (saying which codes it may).
     */
    Optional<FieldError> problemOn(OutcomePath path, String code, String field, String unknownMessage) {
        Optional<OutcomeCode> outcome = find(code);
        if (outcome.isEmpty()) {
            return Optional.of(new FieldError(field, unknownMessage));
        }
        List<OutcomeCode> allowed = referenceData.outcomeCodes(path);
        if (allowed.stream().noneMatch(c -> c.code().equals(outcome.get().code()))) {
            return Optional.of(new FieldError(field, refusal(outcome.get(), path, allowed)));
        }
        return Optional.empty();
    }

    private Optional<OutcomeCode> find(String code) {
        String wanted = code == null ? "" : code.trim();
        return referenceData.outcomeCodes().stream().filter(c -> c.code().equalsIgnoreCase(wanted)).findFirst();
    }

    static String refusal(OutcomeCode outcome, OutcomePath path, List<OutcomeCode> allowed) {
        return "Outcome " + outcome.code() + " (" + outcome.name() + ") cannot close " + path.description
                + "; choose one of " + allowed.stream().map(OutcomeCode::code).collect(Collectors.joining(", "));
    }
}
