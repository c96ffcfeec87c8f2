package uk.police.ecu.casework.fraud;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Correcting a finalised crime's outcome, and the history of its corrections. Roles are checked by the service. */
@RestController
@RequestMapping("/api/fraud/cases/{crimeReference}/outcome-corrections")
class OutcomeCorrectionController {

    private final OutcomeCorrection corrections;

    OutcomeCorrectionController(OutcomeCorrection corrections) {
        this.corrections = corrections;
    }

    /** Answers the crime's corrections, oldest first, the new one last. */
    @PostMapping
    List<OutcomeCorrectionRepository.Correction> correct(@PathVariable String crimeReference,
                                                         @RequestBody OutcomeCorrection.Correction correction) {
        return corrections.correct(crimeReference, correction);
    }

    @GetMapping
    List<OutcomeCorrectionRepository.Correction> history(@PathVariable String crimeReference) {
        return corrections.history(crimeReference);
    }
}
