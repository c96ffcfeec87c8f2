package uk.police.ecu.casework.fraud;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** When filing needs a supervisor's approval: the thresholds, for administrators only. */
@RestController
@RequestMapping("/api/admin/filing-approval-thresholds")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class FilingApprovalThresholdController {

    private final FilingApprovalThresholds thresholds;

    FilingApprovalThresholdController(FilingApprovalThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @GetMapping
    List<FilingApprovalThreshold> all() {
        return thresholds.all();
    }

    @PutMapping("/{name}")
    FilingApprovalThreshold change(@PathVariable String name, @RequestBody FilingApprovalThresholds.Change change) {
        return thresholds.change(name, change);
    }
}
