package uk.police.ecu.casework.fraud;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.server.ResponseStatusException;
import uk.police.ecu.casework.security.CurrentUser;

/** A fraud case as its officers work it: its facts, the events the victim must hear of, the victim's rights. */
@Service
@Validated
@PreAuthorize("hasAnyRole('ECU_OFFICER', 'ECU_SUPERVISOR', 'LOCAL_INVESTIGATOR')")
public class FraudCaseService {

    enum EventType { ARREST, INTERVIEW_UNDER_CAUTION, RELEASE, BAIL_CHANGE, CHARGE, OUT_OF_COURT_DISPOSAL }

    enum EnhancedRightsCategory { MOST_SERIOUS_CRIME, PERSISTENTLY_TARGETED, VULNERABLE, INTIMIDATED }

    record CaseEvent(@NotNull(message = "Choose what happened") EventType eventType,
                     @NotNull(message = "Give the date it happened")
                     @PastOrPresent(message = "The date cannot be in the future") LocalDate occurredOn,
                     @Size(max = 4000) String details) {
    }

    record EnhancedRights(@NotNull(message = "Choose the category") EnhancedRightsCategory category,
                          @NotBlank(message = "Say why the victim qualifies") @Size(max = 4000) String reason) {
    }

    record CaseView(Crime crime, List<String> linesOfEnquiry, EnhancedRights enhancedRights) {
    }

    private static final Set<String> EVENTS_OPEN = Set.of("INVESTIGATING", "AWAITING_ACCEPTANCE");

    private final CrimeRepository crimes;
    private final FraudCaseAccess access;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;

    FraudCaseService(CrimeRepository crimes, FraudCaseAccess access, CurrentUser currentUser, RuntimeService runtime,
                     JdbcClient jdbc) {
        this.crimes = crimes;
        this.access = access;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public CaseView view(String reference) {
        Crime crime = visible(reference);
        EnhancedRights rights = jdbc.sql("SELECT category, reason FROM victim_enhanced_rights WHERE crime_reference = ?")
                .param(crime.crimeReference())
                .query((rs, n) -> new EnhancedRights(EnhancedRightsCategory.valueOf(rs.getString(1)), rs.getString(2)))
                .optional().orElse(null);
        return new CaseView(crime, crimes.linesOfEnquiry(crime.crimeReference()), rights);
    }

    /** Logs an arrest, charge or the like; the victim-update task it starts is due by the Victims' Code. */
    @Transactional
    public void logEvent(String reference, @Valid CaseEvent event) {
        Crime crime = visible(reference);
        if (!EVENTS_OPEN.contains(crime.status())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Events can be logged only while the crime is being investigated");
        }
        jdbc.sql("""
                        INSERT INTO case_event (crime_reference, event_type, occurred_on, details, logged_by)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(crime.crimeReference(), event.eventType().name(), event.occurredOn(), event.details(),
                        currentUser.get().username())
                .update();
        runtime.createMessageCorrelation(FraudProcessVariables.CASE_EVENT_MESSAGE)
                .processInstanceBusinessKey(crime.crimeReference())
                .setVariableLocal("caseEventType", event.eventType().name())
                .correlate();
    }

    /** Records the assessed enhanced-rights category; deadlines of victim updates created from now on shorten. */
    @Transactional
    public void recordEnhancedRights(String reference, @Valid EnhancedRights rights) {
        Crime crime = visible(reference);
        jdbc.sql("""
                        INSERT INTO victim_enhanced_rights (crime_reference, category, reason, assessed_by)
                        VALUES (?, ?, ?, ?) ON CONFLICT (crime_reference) DO UPDATE
                        SET category = EXCLUDED.category, reason = EXCLUDED.reason, assessed_by = EXCLUDED.assessed_by,
                            assessed_at = now()""")
                .params(crime.crimeReference(), rights.category().name(), rights.reason().trim(),
                        currentUser.get().username())
                .update();
    }

    private Crime visible(String reference) {
        return crimes.find(reference.trim().toUpperCase())
                .filter(crime -> access.canSee(currentUser.get(), crime))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such case you can see"));
    }
}
