package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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
import uk.police.ecu.casework.shared.InvalidInputException;

/** Protect activity reported on APMIS: victim care officers record posts and events and list them by period. */
@RestController
@RequestMapping("/api/victim-care/protect-activity")
@PreAuthorize(VictimCareService.VICTIM_CARE_OFFICERS)
class ProtectActivityController {

    private final ProtectActivities activities;
    private final Clock clock;

    ProtectActivityController(ProtectActivities activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    /** Activity held or posted in the period (both days included); by default the three months to today. */
    @GetMapping
    List<ProtectActivity> list(@RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock) : day("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusMonths(3).plusDays(1) : day("from", from);
        return activities.heldBetween(start, end);
    }

    @PostMapping
    ResponseEntity<ProtectActivity> record(@RequestBody(required = false) ProtectActivities.NewActivity activity) {
        return ResponseEntity.status(HttpStatus.CREATED).body(activities.record(activity));
    }

    @PutMapping("/{id}/figure")
    ProtectActivity correct(@PathVariable long id, @RequestBody(required = false) ProtectActivities.Correction correction) {
        return activities.correct(id, correction);
    }

    private static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field, "Give the date as YYYY-MM-DD, for example 2026-03-31");
        }
    }
}
