package uk.police.ecu.casework.fraud;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.OutcomeCode;
import uk.police.ecu.casework.reference.ReferenceDataRepository;
import uk.police.ecu.casework.shared.InvalidInputException;

/** Closes a crime with an outcome: a Home Office code, or a local code stored with the Home Office code it maps to. */
@Component
class CrimeFinalisation {

    private final CrimeRepository crimes;
    private final ReferenceDataRepository referenceData;

    CrimeFinalisation(CrimeRepository crimes, ReferenceDataRepository referenceData) {
        this.crimes = crimes;
        this.referenceData = referenceData;
    }

    void finalise(String crimeReference, String outcomeCode, LocalDate outcomeDate) {
        OutcomeCode outcome = referenceData.outcomeCodes().stream()
                .filter(c -> c.code().equalsIgnoreCase(outcomeCode.trim()))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.field("outcomeCode", "Choose an outcome code from the list"));
        crimes.finalise(crimeReference, outcome.code(), outcome.homeOfficeCode(), outcomeDate);
    }
}
