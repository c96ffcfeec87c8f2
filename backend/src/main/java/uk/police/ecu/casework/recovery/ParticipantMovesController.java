package uk.police.ecu.casework.recovery;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Pausing, resuming and moving an enrolled participant to another area. */
@RestController
@RequestMapping("/api/recovery/participants/{reference}")
@PreAuthorize("hasAnyRole('O2R_OFFICER', 'DRUG_REFERRAL_WORKER')")
class ParticipantMovesController {

    private final PauseService pauses;
    private final TransferService transfers;

    ParticipantMovesController(PauseService pauses, TransferService transfers) {
        this.pauses = pauses;
        this.transfers = transfers;
    }

    @PostMapping("/pause")
    ResponseEntity<Void> pause(@PathVariable String reference, @Valid @RequestBody PauseService.PauseRequest pause) {
        pauses.pause(reference, pause);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/resume")
    ResponseEntity<Void> resume(@PathVariable String reference, @Valid @RequestBody PauseService.ResumeRequest resume) {
        pauses.resume(reference, resume);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/transfer")
    ResponseEntity<Void> transfer(@PathVariable String reference,
                                  @Valid @RequestBody TransferService.TransferRequest transfer) {
        transfers.transfer(reference, transfer);
        return ResponseEntity.noContent().build();
    }
}
