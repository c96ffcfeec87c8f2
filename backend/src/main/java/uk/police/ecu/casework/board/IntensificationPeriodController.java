package uk.police.ecu.casework.board;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The intensification periods the board report counts: supervisors keep them, analysts read them. */
@RestController
@RequestMapping("/api/board-report/intensification-periods")
class IntensificationPeriodController {

    private static final String KEEPERS = "hasRole('ECU_SUPERVISOR')";

    private final IntensificationPeriodService campaigns;

    IntensificationPeriodController(IntensificationPeriodService campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    @PreAuthorize(BoardReportService.READERS)
    List<IntensificationPeriod> list() {
        return campaigns.list();
    }

    @PostMapping
    @PreAuthorize(KEEPERS)
    @ResponseStatus(HttpStatus.CREATED)
    IntensificationPeriod add(@RequestBody IntensificationPeriodChange campaign) {
        return campaigns.add(campaign);
    }

    @PutMapping("/{id}")
    @PreAuthorize(KEEPERS)
    IntensificationPeriod change(@PathVariable String id, @RequestBody IntensificationPeriodChange campaign) {
        return campaigns.change(id, campaign);
    }
}
