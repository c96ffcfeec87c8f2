package uk.police.ecu.casework.fraud;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.shared.CommunicationNeeds;

@RestController
@RequestMapping("/api/fraud/cases/{crimeReference}")
@PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'LOCAL_INVESTIGATOR')")
class FraudCaseController {

    private final FraudCaseService cases;
    private final OfficerInChargeChange officerInCharge;
    private final CaseCommunicationNeeds communicationNeeds;
    private final AgreedUpdateFrequency updateFrequency;
    private final NeedsAssessments needs;

    FraudCaseController(FraudCaseService cases, OfficerInChargeChange officerInCharge,
                        CaseCommunicationNeeds communicationNeeds, AgreedUpdateFrequency updateFrequency,
                        NeedsAssessments needs) {
        this.needs = needs;
        this.updateFrequency = updateFrequency;
        this.cases = cases;
        this.officerInCharge = officerInCharge;
        this.communicationNeeds = communicationNeeds;
    }

    /** {@code purpose}: why the user is looking, kept with the consultation on the audit trail. */
    @GetMapping
    FraudCaseService.CaseView view(@PathVariable String crimeReference,
                                   @RequestParam(required = false) String purpose) {
        return cases.view(crimeReference, purpose);
    }

    @GetMapping("/diagram")
    CaseDiagrams.CaseDiagram diagram(@PathVariable String crimeReference) {
        return cases.diagram(crimeReference);
    }

    @PostMapping("/notes")
    ResponseEntity<CaseNoteRepository.CaseNote> addNote(@PathVariable String crimeReference,
                                               @RequestBody FraudCaseService.NewNote note) {
        return ResponseEntity.status(HttpStatus.CREATED).body(cases.addNote(crimeReference, note));
    }

    @PostMapping("/events")
    ResponseEntity<Void> logEvent(@PathVariable String crimeReference, @RequestBody FraudCaseService.CaseEvent event) {
        cases.logEvent(crimeReference, event);
        return ResponseEntity.noContent().build();
    }

    /** A supervisor gives the case to another officer of its team; its open tasks and victim update follow. */
    @PostMapping("/officer-in-charge")
    OfficerInChargeChange.Changed changeOfficer(@PathVariable String crimeReference,
                                                @RequestBody OfficerInChargeChange.NewOfficer request) {
        return officerInCharge.change(crimeReference, request);
    }

    @PutMapping("/enhanced-rights")
    ResponseEntity<Void> enhancedRights(@PathVariable String crimeReference,
                                        @RequestBody FraudCaseService.EnhancedRights rights) {
        cases.recordEnhancedRights(crimeReference, rights);
        return ResponseEntity.noContent().build();
    }

    /** Recorded once, shown on every task that tells the victim something; a new recording replaces the old. */
    @PutMapping("/communication-needs")
    CommunicationNeeds communicationNeeds(@PathVariable String crimeReference,
                                          @RequestBody CommunicationNeeds.Entry needs) {
        return communicationNeeds.record(crimeReference, needs);
    }

    /** How often the victim agreed to be updated, and by what method, or why no updates are timed. */
    @GetMapping("/update-frequency")
    AgreedUpdateFrequency.AgreedFrequency updateFrequency(@PathVariable String crimeReference) {
        return updateFrequency.of(crimeReference);
    }

    /** The victim changed how often they want to be updated: the next update is re-timed. */
    @PutMapping("/update-frequency")
    AgreedUpdateFrequency.AgreedFrequency changeUpdateFrequency(@PathVariable String crimeReference,
                                                                @RequestBody AgreedUpdateFrequency.Change change) {
        return updateFrequency.change(crimeReference, change);
    }

    /** The victim's needs assessments (Victims' Code Right 4) and each recorded change of their needs. */
    @GetMapping("/needs")
    NeedsAssessments.Needs needs(@PathVariable String crimeReference) {
        return needs.of(crimeReference);
    }

    @PostMapping("/needs/assessments")
    ResponseEntity<NeedsAssessments.Needs> assessNeeds(@PathVariable String crimeReference,
                                                       @RequestBody NeedsAssessments.Entry entry) {
        return ResponseEntity.status(HttpStatus.CREATED).body(needs.record(crimeReference, entry));
    }

    /** The victim's needs have changed: a re-assessment falls due as a task for the officer in charge. */
    @PostMapping("/needs/changes")
    ResponseEntity<NeedsAssessments.Needs> needsChanged(@PathVariable String crimeReference,
                                                        @RequestBody NeedsAssessments.Change change) {
        return ResponseEntity.status(HttpStatus.CREATED).body(needs.changed(crimeReference, change));
    }
}
