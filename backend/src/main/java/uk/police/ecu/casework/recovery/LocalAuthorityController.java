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
import uk.police.ecu.casework.shared.NotFoundException;

/** The programme's local authority areas: who is live and from when (administrators keep it; officers read it). */
@RestController
@RequestMapping("/api/recovery/local-authorities")
class LocalAuthorityController {

    record LiveFrom(LocalDate liveFrom) {
    }

    record AreaView(String id, String name, LocalDate liveFrom, boolean liveToday, String o2rTeam,
                    String drugServiceTeam) {
    }

    private final LocalAuthorityRepository areas;
    private final AuditLog audit;
    private final ProgrammeCalendar calendar;

    LocalAuthorityController(LocalAuthorityRepository areas, AuditLog audit, ProgrammeCalendar calendar) {
        this.calendar = calendar;
        this.areas = areas;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'O2R_OFFICER')")
    List<AreaView> list() {
        return areas.all().stream().map(this::view).toList();
    }

    /** Sets (or, with null, clears) the date the area is live on the programme from. */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    AreaView setLiveFrom(@PathVariable String id, @RequestBody LiveFrom body) {
        LocalAuthority before = areas.find(id)
                .orElseThrow(() -> new NotFoundException("There is no local authority area " + id));
        areas.setLiveFrom(id, body.liveFrom());
        Map<String, Object> details = new HashMap<>();
        details.put("liveFromBefore", before.liveFrom() == null ? null : before.liveFrom().toString());
        details.put("liveFrom", body.liveFrom() == null ? null : body.liveFrom().toString());
        audit.record(AuditEntry.alteration("o2r-local-authority", List.of(id), details));
        return view(areas.find(id).orElseThrow());
    }

    private AreaView view(LocalAuthority area) {
        return new AreaView(area.id(), area.name(), area.liveFrom(), area.liveOn(calendar.today()),
                area.o2rTeam(), area.drugServiceTeam());
    }
}
