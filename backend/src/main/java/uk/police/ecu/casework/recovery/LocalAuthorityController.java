package uk.police.ecu.casework.recovery;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * The programme's local authority areas: whether each is not started, a pilot or live, and from when
 * (administrators keep it, with a history of every change; officers read it).
 */
@RestController
@RequestMapping("/api/recovery/local-authorities")
class LocalAuthorityController {

    /** An administrator's change; without a status the dates decide it. */
    record AreaChange(String status, LocalDate pilotFrom, LocalDate liveFrom, String note) {
    }

    record AreaView(String id, String name, String status, LocalDate pilotFrom, LocalDate liveFrom,
                    boolean liveToday, boolean takingReferralsToday, String o2rTeam, String drugServiceTeam,
                    String source) {
    }

    record AreaHistory(AreaView area, List<LocalAuthorityChange> changes) {
    }

    private static final String RECORD_TYPE = "o2r-local-authority";

    private final LocalAuthorityRepository areas;
    private final AuditLog audit;
    private final ProgrammeCalendar calendar;
    private final CurrentUser currentUser;

    LocalAuthorityController(LocalAuthorityRepository areas, AuditLog audit, ProgrammeCalendar calendar,
                             CurrentUser currentUser) {
        this.calendar = calendar;
        this.areas = areas;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'O2R_OFFICER')")
    List<AreaView> list() {
        return areas.all().stream().map(this::view).toList();
    }

    /** The area with every change to its place on the programme, oldest first. */
    @GetMapping("/{id}/history")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    AreaHistory history(@PathVariable String id) {
        return new AreaHistory(view(area(id)), areas.history(id));
    }

    /** Changes the area's status and dates (null dates clear them); audited with what they were before. */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    AreaView change(@PathVariable String id, @RequestBody AreaChange body) {
        LocalAuthority before = area(id);
        ProgrammeAreaChange change = ProgrammeAreaChange.checked(body.status(), body.pilotFrom(), body.liveFrom(),
                body.note(), calendar.today());
        areas.change(id, change, currentUser.get().username(), calendar.now());
        Map<String, Object> details = new HashMap<>();
        details.put("statusBefore", before.status());
        details.put("status", change.status());
        details.put("pilotFromBefore", text(before.pilotFrom()));
        details.put("pilotFrom", text(change.pilotFrom()));
        details.put("liveFromBefore", text(before.liveFrom()));
        details.put("liveFrom", text(change.liveFrom()));
        details.put("note", change.note());
        audit.record(AuditEntry.alteration(RECORD_TYPE, List.of(id), details));
        return view(area(id));
    }

    private LocalAuthority area(String id) {
        return areas.find(id).orElseThrow(() -> new NotFoundException("There is no local authority area " + id));
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private AreaView view(LocalAuthority area) {
        LocalDate today = calendar.today();
        return new AreaView(area.id(), area.name(), area.status(), area.pilotFrom(), area.liveFrom(),
                area.liveOn(today), area.takingReferralsOn(today), area.o2rTeam(), area.drugServiceTeam(),
                area.source());
    }
}
