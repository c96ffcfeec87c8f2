package uk.police.ecu.casework.retention;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The retention review, for administrators only. */
@RestController
@RequestMapping("/api/admin/retention")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class RetentionController {

    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    @GetMapping("/schedule")
    List<ScheduleEntry> schedule() {
        return retention.schedule();
    }

    /** {@code recordType} one type of the schedule (all when absent); {@code dueBy} an ISO date (today when absent). */
    @GetMapping("/due")
    RetentionService.DueForReview due(@RequestParam(required = false) String recordType,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate dueBy) {
        return retention.due(recordType == null || recordType.isBlank() ? null : recordType.trim(), dueBy);
    }

    @PostMapping("/erasures")
    RetentionService.ErasureDone erase(@RequestBody RetentionService.ErasureRequest request) {
        return retention.erase(request);
    }
}
