package uk.police.ecu.casework.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.security.RunAs;
import uk.police.ecu.casework.tasks.TaskListService;
import uk.police.ecu.casework.victimcare.ContactAttempts;
import uk.police.ecu.casework.victimcare.ScreeningFacts;
import uk.police.ecu.casework.victimcare.ScreeningOutcome;
import uk.police.ecu.casework.victimcare.VictimCareReferrals;
import uk.police.ecu.casework.victimcare.VictimCareScreening;

/**
 * Victims at every stage of victim care: awaiting first contact, failed attempts (one awaiting a supervisor),
 * assessed, contacts due today and overdue, closed; a repeat victim and romance fraud victims; and weeks of
 * screened-out victims for the statistics. Referred through {@link VictimCareReferrals} and worked through
 * the same forms the unit uses, with the engine's clock set back for work done in past weeks, so the
 * history and the service levels are real.
 */
@DemoContribution
class VictimCareDemoData implements DemoData {

    private static final String OFFICER = "victim.care";
    private static final String SUPERVISOR = "victim.care.supervisor";
    private static final String FIRST_CRIME = "NFRC241001101";

    private final DemoHistoryRepository history;
    private final VictimCareReferrals referrals;
    private final VictimCareScreening screening;
    private final ContactAttempts attempts;
    private final TaskListService taskList;
    private final TaskService engineTasks;
    private final RunAs runAs;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    VictimCareDemoData(DemoHistoryRepository history, VictimCareReferrals referrals, VictimCareScreening screening,
                       ContactAttempts attempts, TaskListService taskList, TaskService engineTasks, RunAs runAs,
                       CurrentUser currentUser, ObjectMapper json, TransactionTemplate transaction,
                       Clock clock) {
        this.history = history;
        this.referrals = referrals;
        this.screening = screening;
        this.attempts = attempts;
        this.taskList = taskList;
        this.engineTasks = engineTasks;
        this.runAs = runAs;
        this.currentUser = currentUser;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    private record Person(UUID id, String forename, String surname, LocalDate born) {
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        if (history.hasVictimListedOn(FIRST_CRIME)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        try {
            screenedOutWeeks(today);
            closedAfterSupport(today.minusDays(35));
            repeatVictim(today.minusDays(42), today);
            declinedSupport(today.minusDays(21));
            contactsDueTodayAndOverdue(today.minusDays(10), today);
            assessedRomanceVictim(today.minusDays(1));
            failedAttempts(today);
            awaitingFirstContact(today);
        } finally {
            ClockUtil.reset();
        }
    }

    private void screenedOutWeeks(LocalDate today) {
        String[][] people = {
                {"Liam", "Doherty", "1991-04-12", "NFIB3A", "3"}, {"Sophie", "Turner", "1985-09-30", "NFIB5A", "2"},
                {"Imran", "Ali", "1978-01-22", "NFIB3D", "4"}, {"Chloe", "Evans", "1999-06-05", "NFIB2A", "1"},
                {"Gareth", "Price", "1969-11-17", "NFIB3A", "5"}, {"Nadia", "Hussain", "1988-03-08", "NFIB1H", "6"},
                {"Owen", "Bradley", "1975-07-19", "NFIB3A", "2"}, {"Hannah", "Walsh", "1993-12-01", "NFIB5A", "3"},
                {"Tariq", "Mahmood", "1982-05-25", "NFIB3D", "4"}, {"Ruth", "Oduya", "1960-02-14", "NFIB3A", "5"},
                {"Jamie", "Clarke", "2001-10-10", "NFIB2A", "1"}, {"Megan", "Rees", "1987-08-03", "NFIB3A", "6"}};
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            LocalDate listed = today.minusWeeks(i % 6);
            Person person = person(p[0], p[1], LocalDate.parse(p[2]), null);
            list(person, "NFRC2410013%02d".formatted(i), p[3], listed.minusDays(4), Integer.parseInt(p[4]),
                    new BigDecimal(120 + i * 85), listed);
        }
    }

    private void closedAfterSupport(LocalDate day) {
        at(day);
        Person kenneth = person("Kenneth", "Moore", LocalDate.of(1944, 8, 9), "07700 900412");
        String reference = list(kenneth, "NFRC241001105", "NFIB3A", day.minusDays(5), 5, new BigDecimal("8200"), day);
        complete(reference, "Task_FirstContact", OFFICER, assessment(day, true, true, false, false, true, true,
                "Lives alone since his wife died; the caller still rings him most days."));
        complete(reference, "Task_ReferToVictimSupport", OFFICER, Map.of("referredOn", day.toString(),
                "victimSupportReference", "VS-WM-20417", "notes", "Referred by the secure portal"));
        complete(reference, "Task_ContactPlan", OFFICER, Map.of("contacts", List.of(
                Map.of("dueOn", day.plusDays(2).toString(), "channel", "VISIT"),
                Map.of("dueOn", day.plusDays(14).toString(), "channel", "PHONE")), "notes", "Visit with his son present"));
        at(day.plusDays(2));
        complete(reference, "Task_PlannedContact", OFFICER, contact(day.plusDays(2),
                List.of("BANKING_SAFEGUARDING", "BANKING_PROTOCOL", "SCAM_TRENDS"), List.of("PROTECT_BOOKLET", "CALL_BLOCKER"),
                "Call blocker fitted to the landline."));
        at(day.plusDays(14));
        complete(reference, "Task_PlannedContact", OFFICER, contact(day.plusDays(14), List.of("LASTING_POWER_OF_ATTORNEY"),
                List.of(), "No further calls since the blocker was fitted."));
        complete(reference, "Task_CloseReferral", OFFICER, Map.of("outcome", "SUPPORT_COMPLETED",
                "notes", "Victim Support continue long-term support."));
    }

    private void repeatVictim(LocalDate firstDay, LocalDate today) {
        at(firstDay);
        Person brian = person("Brian", "Walsh", LocalDate.of(1958, 2, 3), "07700 900877");
        String first = list(brian, "NFRC241001106", "NFIB1D", firstDay.minusDays(6), 6, new BigDecimal("15300"), firstDay);
        complete(first, "Task_FirstContact", OFFICER, assessment(firstDay, false, false, false, false, false, false, null));
        complete(first, "Task_RomanceQuestionnaire", OFFICER, Map.of("outcome", "COMPLETED",
                "completedOn", firstDay.toString()));
        complete(first, "Task_CloseReferral", OFFICER, Map.of("outcome", "DECLINED_SUPPORT",
                "notes", "Felt able to manage with his family's help."));
        ClockUtil.reset();
        history.markRepeatVictim(brian.id());
        list(brian, "NFRC241001107", "NFIB3A", today.minusDays(3), 4, new BigDecimal("2100"), today);
    }

    private void declinedSupport(LocalDate day) {
        at(day);
        Person joan = person("Joan", "Fairclough", LocalDate.of(1950, 12, 28), "0121 496 0733");
        String reference = list(joan, "NFRC241001108", "NFIB3A", day.minusDays(4), 3, new BigDecimal("640"), day);
        complete(reference, "Task_FirstContact", OFFICER, assessment(day, false, false, false, false, false, false, null));
        complete(reference, "Task_CloseReferral", OFFICER, Map.of("outcome", "DECLINED_SUPPORT",
                "notes", "Bank refunded the loss; given the protect leaflet by post."));
    }

    private void contactsDueTodayAndOverdue(LocalDate day, LocalDate today) {
        at(day);
        Person grace = person("Grace", "Adeyemi", LocalDate.of(1953, 6, 17), "07700 900631");
        String reference = list(grace, "NFRC241001109", "NFIB2A", day.minusDays(3), 8, new BigDecimal("23750"), day);
        complete(reference, "Task_FirstContact", OFFICER, assessment(day, true, true, false, true, true, false, null));
        complete(reference, "Task_ContactPlan", OFFICER, Map.of("contacts", List.of(
                Map.of("dueOn", day.plusDays(1).toString(), "channel", "PHONE"),
                Map.of("dueOn", day.plusDays(4).toString(), "channel", "VISIT"),
                Map.of("dueOn", today.toString(), "channel", "PHONE"),
                Map.of("dueOn", today.plusDays(14).toString(), "channel", "LETTER"))));
        at(day.plusDays(1));
        complete(reference, "Task_PlannedContact", OFFICER, contact(day.plusDays(1),
                List.of("INTERNET_SAFETY", "SCAM_TRENDS"), List.of("PROTECT_BOOKLET"), "Talked through the investment scam."));
    }

    private void assessedRomanceVictim(LocalDate day) {
        at(day);
        Person margaret = person("Margaret", "Ellis", LocalDate.of(1946, 5, 2), "07700 900218");
        String reference = list(margaret, "NFRC240101001", "NFIB1D", day.minusDays(3), 8, new BigDecimal("24500"), day);
        Map<String, Object> answers = assessment(day, true, true, true, false, true, false, null);
        answers.put("enhancedRights", Map.of("qualifies", true, "reasons", List.of("VULNERABLE", "INTIMIDATED"),
                "explanation", "Early memory loss; the man she met online threatens to share her photographs."));
        complete(reference, "Task_FirstContact", OFFICER, answers);
    }

    private void failedAttempts(LocalDate today) {
        ClockUtil.reset();
        Person dorothy = person("Dorothy", "Kaur", LocalDate.of(1949, 9, 11), "0121 496 0188");
        String twice = list(dorothy, "NFRC241001110", "NFIB3A", today.minusDays(4), 7, new BigDecimal("3900"), today);
        attempt(twice, ContactAttempts.Outcome.NO_ANSWER, "Rang twice; no answer machine.");
        attempt(twice, ContactAttempts.Outcome.VOICEMAIL_LEFT, "Left a message on her mobile.");
        Person peter = person("Peter", "Lomax", LocalDate.of(1940, 1, 30), "0121 496 0999");
        String unreachable = list(peter, "NFRC241001111", "NFIB3A", today.minusDays(5), 9, new BigDecimal("11000"), today);
        attempt(unreachable, ContactAttempts.Outcome.NO_ANSWER, "No answer.");
        attempt(unreachable, ContactAttempts.Outcome.WRONG_NUMBER, "Number belongs to a business.");
        attempt(unreachable, ContactAttempts.Outcome.NO_ANSWER, "Mobile switched off.");
    }

    private void awaitingFirstContact(LocalDate today) {
        ClockUtil.reset();
        list(person("Arthur", "Bennion", LocalDate.of(1943, 4, 21), "0121 496 0555"), FIRST_CRIME, "NFIB3A",
                today.minusDays(3), 6, new BigDecimal("5400"), today);
        list(person("Eileen", "Marsh", LocalDate.of(1961, 10, 2), "07700 900954"), "NFRC241001112", "NFIB1D",
                today.minusDays(2), 4, new BigDecimal("32000"), today);
    }

    private Person person(String forename, String surname, LocalDate born, String phone) {
        Person person = new Person(UUID.randomUUID(), forename, surname, born);
        history.addVictim(person.id(), forename, surname, born, phone, OffsetDateTime.now(clock));
        return person;
    }

    /** Screens the person on the crime and, when referred, starts their referral; the reference, or null. */
    private String list(Person person, String crimeReference, String nfibCode, LocalDate reported, Integer ndm,
                        BigDecimal loss, LocalDate listed) {
        boolean repeat = history.isRepeatVictim(person.id());
        ScreeningOutcome outcome = screening.screen(new ScreeningFacts(nfibCode, person.born(), reported, ndm, repeat));
        return transaction.execute(status -> {
            UUID listingId = UUID.randomUUID();
            String reference = outcome.referred() ? referrals.nextReference() : null;
            history.addListing(new DemoHistoryRepository.Listing(listingId, person.id(), crimeReference, reported,
                    nfibCode, ndm, loss, listed.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), outcome,
                    reference, OffsetDateTime.now(clock)));
            if (reference != null) {
                referrals.start(reference, listingId);
            }
            return reference;
        });
    }

    private void attempt(String reference, ContactAttempts.Outcome outcome, String notes) {
        runAs.user(OFFICER, () -> transaction.executeWithoutResult(status -> attempts.log(reference,
                clock.instant(), outcome, notes, OFFICER)));
    }

    private void complete(String reference, String taskKey, String username, Map<String, ?> answers) {
        Task task = engineTasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .orderByDueDate().asc().list().get(0);
        runAs.user(username, () -> {
            taskList.claim(currentUser.get(), task.getId());
            taskList.complete(currentUser.get(), task.getId(), json.valueToTree(answers));
        });
    }

    private static Map<String, Object> assessment(LocalDate on, boolean wantsSupport, boolean livesAlone,
                                                  boolean condition, boolean suspect, boolean hardship,
                                                  boolean consent, String notes) {
        Map<String, Object> answers = new java.util.HashMap<>(Map.of("contactedOn", on.toString(), "channel", "PHONE",
                "wantsSupport", wantsSupport,
                "vulnerability", Map.of("livesAlone", livesAlone, "healthOrCognitiveCondition", condition,
                        "stillInContactWithSuspect", suspect, "significantFinancialHardship", hardship,
                        "lowDigitalConfidence", condition),
                "enhancedRights", Map.of("qualifies", false), "consentToVictimSupport", consent));
        if (notes != null) {
            answers.put("notes", notes);
        }
        return answers;
    }

    private static Map<String, Object> contact(LocalDate on, List<String> advice, List<String> resources, String notes) {
        return Map.of("contactedOn", on.toString(), "outcome", "CONTACTED", "advice", advice, "resources", resources,
                "notes", notes);
    }

    private void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(clock.getZone()).toInstant()));
    }
}
