package uk.police.ecu.casework.recovery;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/recovery/participants/{reference}/custody-periods")
@PreAuthorize("hasAnyRole('O2R_OFFICER', 'DRUG_REFERRAL_WORKER')")
class CustodyPeriodController {

    private final CustodyPeriodService custody;

    CustodyPeriodController(CustodyPeriodService custody) {
        this.custody = custody;
    }

    @GetMapping
    List<CustodyPeriod> list(@PathVariable String reference) {
        return custody.of(reference);
    }

    @PostMapping
    ResponseEntity<CustodyPeriod> record(@PathVariable String reference, @Valid @RequestBody CustodyPeriod.New spell) {
        return ResponseEntity.status(HttpStatus.CREATED).body(custody.record(reference, spell));
    }
}
