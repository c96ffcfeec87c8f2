package uk.police.ecu.casework.reference;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The lists forms choose from. Reference data holds no personal data, so every signed-in role may read it. */
@RestController
@RequestMapping("/api/reference")
@PreAuthorize("isAuthenticated()")
class ReferenceController {

    private final ReferenceDataRepository referenceData;

    ReferenceController(ReferenceDataRepository referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/nfib-fraud-types")
    List<NfibFraudType> nfibFraudTypes() {
        return referenceData.nfibFraudTypes();
    }

    /** Every outcome code, or with {@code ?path=} only those that decision may record (what its form offers). */
    @GetMapping("/outcome-codes")
    List<OutcomeCode> outcomeCodes(@RequestParam(required = false) OutcomePath path) {
        return path == null ? referenceData.outcomeCodes() : referenceData.outcomeCodes(path);
    }

    @GetMapping("/policing-areas")
    List<PolicingArea> policingAreas() {
        return referenceData.policingAreas();
    }
}
