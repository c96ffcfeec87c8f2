package uk.police.ecu.casework.victimcare;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.security.RunAs;
import uk.police.ecu.casework.tasks.TaskListService;

/** Referred victims of the tests' own, and their tasks worked through the same forms officers use. */
@Component
class VictimCareTestReferrals {

    record Referred(String reference, UUID victimId, String crimeReference, String surname) {
    }

    private final JdbcClient jdbc;
    private final VictimCareReferrals referrals;
    private final TaskService tasks;
    private final TaskListService taskList;
    private final RunAs runAs;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    VictimCareTestReferrals(JdbcClient jdbc, VictimCareReferrals referrals, TaskService tasks, TaskListService taskList,
                            RunAs runAs, CurrentUser currentUser, ObjectMapper json, TransactionTemplate transaction,
                            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.tasks = tasks;
        this.taskList = taskList;
        this.runAs = runAs;
        this.currentUser = currentUser;
        this.json = json;
        this.transaction = transaction;
    }

    Referred refer(String nfibCode) {
        return refer(nfibCode, "NFRC-VC-" + suffix(), LocalDate.now(clock));
    }

    /** A new person on a crime, referred for the reasons given, with the list week of {@code listed}. */
    Referred refer(String nfibCode, String crimeReference, LocalDate listed) {
        UUID victimId = UUID.randomUUID();
        String surname = "Testvictim" + suffix();
        jdbc.sql("""
                        INSERT INTO victim (id, forename, surname, date_of_birth, phone, created_at)
                        VALUES (?, 'Edna', ?, ?, ?, ?)""")
                .params(victimId, surname, LocalDate.of(1950, 3, 14), "0121 496 " + suffix().substring(0, 4),
                        OffsetDateTime.now(clock))
                .update();
        return new Referred(referListing(victimId, nfibCode, crimeReference, listed, List.of("AGED_70_OR_OVER")),
                victimId, crimeReference, surname);
    }

    String referListing(UUID victimId, String nfibCode, String crimeReference, LocalDate listed, List<String> reasons) {
        return transaction.execute(status -> {
            UUID listingId = UUID.randomUUID();
            String reference = referrals.nextReference();
            jdbc.sql("""
                            INSERT INTO victim_listing (id, victim_id, crime_reference, reported_date, nfib_code, ndm_score,
                                loss_gbp, list_week, screening_result, screening_reasons, referral_reference, screened_at)
                            VALUES (?, ?, ?, ?, ?, 5, ?, ?, 'REFERRED', ?, ?, ?)""")
                    .params(listingId, victimId, crimeReference, listed.minusDays(3), nfibCode, new BigDecimal("2500.00"),
                            listed.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                            reasons.toArray(String[]::new), reference, OffsetDateTime.now(clock))
                    .update();
            referrals.start(reference, listingId);
            return reference;
        });
    }

    Task task(String reference, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).list()
                .stream().findFirst().orElseThrow(() -> new AssertionError("No open " + taskKey + " for " + reference));
    }

    List<Task> tasks(String reference, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .orderByDueDate().asc().list();
    }

    void complete(String reference, String taskKey, String username, Map<String, ?> answers) {
        complete(task(reference, taskKey), username, answers);
    }

    void complete(Task task, String username, Map<String, ?> answers) {
        runAs.user(username, () -> {
            if (task.getAssignee() == null) {
                taskList.claim(currentUser.get(), task.getId());
            }
            taskList.complete(currentUser.get(), task.getId(), json.valueToTree(answers));
        });
    }

    /** The first-contact answers of a victim reached today who wants support and gives no consent. */
    static Map<String, Object> assessment(LocalDate contactedOn, boolean wantsSupport, boolean consent) {
        return Map.of("contactedOn", contactedOn.toString(), "channel", "PHONE", "wantsSupport", wantsSupport,
                "vulnerability", vulnerability(false, false, false, false, false),
                "enhancedRights", Map.of("qualifies", false), "consentToVictimSupport", consent,
                "notes", "Spoke to the victim");
    }

    static Map<String, Object> vulnerability(boolean livesAlone, boolean condition, boolean suspect, boolean hardship,
                                             boolean lowDigital) {
        return Map.of("livesAlone", livesAlone, "healthOrCognitiveCondition", condition,
                "stillInContactWithSuspect", suspect, "significantFinancialHardship", hardship,
                "lowDigitalConfidence", lowDigital);
    }

    static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
