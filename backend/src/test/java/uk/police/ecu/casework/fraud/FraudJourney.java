package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.police.ecu.casework.ApiClient;

/**
 * A fraud case's first steps, taken through the API as its users take them: NFIB's dissemination received, the
 * crime triaged (allocated to the ECU, or filed), and the tasks each user then finds in their lists. Tests use it
 * for their set-up and keep their own assertions for what they are about.
 */
final class FraudJourney {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final int port;
    private final String referencePrefix;
    private final List<String> started = new ArrayList<>();

    /** Crimes received by this journey are numbered {@code <referencePrefix>-XXXXXXXX}. */
    FraudJourney(int port, String referencePrefix) {
        this.port = port;
        this.referencePrefix = referencePrefix;
    }

    ApiClient signedIn(String username) {
        return ApiClient.signedIn(port, username);
    }

    /** NFIB's dissemination for Ada Lovelace, who lost £4,000, reported two days ago; received by ecu.officer. */
    String received() {
        return received(today().minusDays(2), "Ada Lovelace");
    }

    /** NFIB's dissemination for {@code victimName}, who lost £4,000, reported on {@code reported}. */
    String received(LocalDate reported, String victimName) {
        return received(signedIn("ecu.officer"), Map.of("reportedDate", reported.toString(),
                "victimName", victimName));
    }

    /**
     * A dissemination for an individual who lost £4,000 (NFIB3A), received by {@code by}, with {@code facts} added
     * or in place of those: the reported date and the victim's name at least.
     */
    String received(ApiClient by, Map<String, Object> facts) {
        String reference = referencePrefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        started.add(reference);
        Map<String, Object> dissemination = new HashMap<>(Map.of("crimeReference", reference, "nfibCode", "NFIB3A",
                "victimType", "INDIVIDUAL", "lossGbp", 4000));
        dissemination.putAll(facts);
        assertThat(by.post("/api/fraud/disseminations", dissemination).status()).isEqualTo(201);
        return reference;
    }

    /** Triaged by ecu.officer and allocated to the ECU's {@code officer}, who then investigates it. */
    String allocatedTo(String reference, String officer) {
        return allocatedToTheEcu(reference, Map.of("officer", officer));
    }

    /** Triaged by ecu.officer and allocated to the ECU investigations team, no officer named yet. */
    String allocatedToTheEcuTeam(String reference) {
        return allocatedToTheEcu(reference, Map.of());
    }

    private String allocatedToTheEcu(String reference, Map<String, Object> officer) {
        ApiClient triager = signedIn("ecu.officer");
        Map<String, Object> answers = new HashMap<>(Map.of("linesOfEnquiry", List.of("Bank account of the payee"),
                "priority", "MEDIUM", "decision", "ALLOCATE_ECU"));
        answers.putAll(officer);
        assertThat(complete(triager, claimed(triager, "ecu-triage", reference, "Task_Triage"), answers).status())
                .isEqualTo(204);
        return reference;
    }

    /**
     * Files the crime waiting at triage (no suspect or account identified, outcome 18), by {@code filer}, with
     * approval by {@code approver} if asked; the crime is then finalised.
     */
    static void filedAtTriage(String reference, ApiClient filer, ApiClient approver) {
        String triage = task(filer, "ecu-triage", reference, "Task_Triage").orElseThrow();
        assertThat(filer.post("/api/tasks/" + triage + "/claim").status()).isEqualTo(204);
        assertThat(complete(filer, triage, Map.of("linesOfEnquiry", List.of(),
                "priority", "LOW", "decision", "FILE", "filingRationale", "No suspect or account identified",
                "filingOutcomeCode", "18")).status()).isEqualTo(204);
        task(approver, "ecu-supervisors", reference, "Task_ApproveFiling").ifPresent(approval -> {
            approver.post("/api/tasks/" + approval + "/claim");
            assertThat(complete(approver, approval, Map.of("approved", true)).status()).isEqualTo(204);
        });
        assertThat(filer.get("/api/fraud/cases/" + reference).json().at("/crime/status").asText())
                .isEqualTo("FINALISED");
    }

    /** Ends the processes of the crimes this journey received, so that no timer of theirs runs on. */
    void endProcesses(RuntimeService runtime) {
        for (String reference : started) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                    .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test over"));
        }
    }

    /** The crime's task of {@code taskType} in the user's {@code queue} ("mine", a team's queue), if listed there. */
    static Optional<String> task(ApiClient user, String queue, String reference, String taskType) {
        return StreamSupport.stream(user.get("/api/tasks?queue=" + queue + "&q=" + reference).json()
                        .path("tasks").spliterator(), false)
                .filter(t -> reference.equals(t.path("caseReference").asText())
                        && taskType.equals(t.path("taskType").asText()))
                .map(t -> t.get("id").asText()).findFirst();
    }

    /** The task as {@link #task}, or null when the queue does not list it. */
    static String openTask(ApiClient user, String queue, String reference, String taskType) {
        return task(user, queue, reference, taskType).orElse(null);
    }

    /** The task, which must be in the queue, claimed by {@code user}. */
    static String claimed(ApiClient user, String queue, String reference, String taskType) {
        String id = openTask(user, queue, reference, taskType);
        assertThat(id).as(taskType + " in " + queue).isNotNull();
        assertThat(user.post("/api/tasks/" + id + "/claim").status()).isEqualTo(204);
        return id;
    }

    /** The user submits the task's form with {@code answers}. */
    static ApiClient.Response complete(ApiClient user, String taskId, Object answers) {
        return user.post("/api/tasks/" + taskId + "/complete", answers);
    }

    /** The fields a refused form names. */
    static List<String> fields(ApiClient.Response response) {
        return StreamSupport.stream(response.json().path("fieldErrors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList();
    }

    /** The case references of a list of cases, as the SLA and report endpoints give them. */
    static List<String> references(JsonNode cases) {
        return StreamSupport.stream(cases.spliterator(), false).map(c -> c.path("caseReference").asText()).toList();
    }

    /** Today in London by the engine's clock, which a test may have set. */
    static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON);
    }

    /** Sets the engine's clock to {@code londonTime} (e.g. "2025-08-13T10:00"); reset it after the test. */
    static void at(String londonTime) {
        ClockUtil.setCurrentTime(Date.from(london(londonTime)));
    }

    static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    /** The last second of {@code day} in London, when a clock due that day falls due. */
    static Instant endOf(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(LONDON).toInstant();
    }
}
