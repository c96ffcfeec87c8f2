package uk.police.ecu.casework.system.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.system.load.LoadRecorder.Phase;

/**
 * What each kind of user does, as the single-page app does it: sign in (session, then login with the CSRF
 * cookie echoed), then, until the big import has finished, list their queue; officers claim a triage task at
 * random from the first page (so they race each other: 409 when another claimed it first, 404 when another has
 * already completed it) and, if theirs, complete it with a valid triage form;
 * supervisors read the SLA dashboard.
 */
final class LoadWorkload {

    static final String SIGN_IN = "sign in";
    static final String LIST = "list task queue";
    static final String CLAIM = "claim task";
    static final String COMPLETE = "complete task";
    static final String DASHBOARD = "SLA dashboard";
    static final List<String> MEASURED = List.of(SIGN_IN, LIST, CLAIM, COMPLETE, DASHBOARD);

    private static final String TRIAGE_FORM = """
            {"linesOfEnquiry":["Bank account of the payee"],"priority":"MEDIUM","decision":"ALLOCATE_ECU"}""";

    private final LoadRecorder recorder;
    private final AtomicBoolean importRunning;

    LoadWorkload(LoadRecorder recorder, AtomicBoolean importRunning) {
        this.recorder = recorder;
        this.importRunning = importRunning;
    }

    /** One user, no one else about: each request type {@code samples} times, one after another. */
    ChainBuilder baseline(int samples) {
        return exec(session -> session.set("phase", Phase.BASELINE.name()))
                .repeat(samples).on(exec(flushCookieJar()).exec(signIn("ecu.officer")).exec(triageOnce()))
                .repeat(samples).on(exec(flushCookieJar()).exec(signIn("ecu.supervisor")).exec(dashboard()));
    }

    ChainBuilder officer() {
        return underLoad("#{username}", exec(triageOnce()));
    }

    ChainBuilder victimCare() {
        return underLoad("#{username}", list("ecvcu"));
    }

    ChainBuilder supervisor() {
        return underLoad("#{username}", exec(dashboard()).exec(list("ecu-supervisors")));
    }

    /** Uploads the big file, then follows the import as its page does until it has stopped running. */
    ChainBuilder importFile(byte[] csv) {
        return exec(session -> session.set("phase", Phase.LOAD.name()))
                .exec(signIn("ecu.officer"))
                .exec(csrf())
                .exec(http("upload dissemination file").post("/api/intake/disseminations")
                        .header("X-ECU-XSRF-TOKEN", "#{csrf}")
                        .bodyPart(ByteArrayBodyPart("file", csv).fileName("load.csv").contentType("text/csv"))
                        .asMultipartForm()
                        .check(status().is(202), jsonPath("$.id").saveAs("importId")))
                .asLongAs(session -> !"COMPLETED".equals(session.getString("importStatus"))
                        && !"FAILED".equals(session.getString("importStatus"))).on(
                        exec(http("import progress").get("/api/intake/imports/#{importId}")
                                .check(jsonPath("$.status").saveAs("importStatus")))
                                .pause(Duration.ofSeconds(2)))
                .exec(session -> {
                    importRunning.set(false);
                    return session;
                });
    }

    private ChainBuilder underLoad(String username, ChainBuilder work) {
        return exec(session -> session.set("phase", Phase.LOAD.name()))
                .exec(signIn(username))
                .asLongAs(session -> importRunning.get()).on(work.pause(Duration.ofMillis(500), Duration.ofSeconds(2)));
    }

    private ChainBuilder triageOnce() {
        return exec(timed(LIST, http(named(LIST)).get("/api/tasks?queue=ecu-triage&size=25")
                .check(jsonPath("$.tasks[?(@.taskType == 'Task_Triage')].id").findRandom().optional()
                        .saveAs("taskId")), 200))
                .doIf(session -> session.contains("taskId")).then(
                        exec(csrf()).exec(timed(CLAIM, http(named(CLAIM)).post("/api/tasks/#{taskId}/claim")
                                .header("X-ECU-XSRF-TOKEN", "#{csrf}"), 204, 409, 404))
                                .exec(this::goneIfNotFound)
                                .doIf(session -> session.getInt("status") == 204).then(
                                        exec(csrf()).exec(timed(COMPLETE, http(named(COMPLETE))
                                                .post("/api/tasks/#{taskId}/complete")
                                                .header("X-ECU-XSRF-TOKEN", "#{csrf}")
                                                .header("Content-Type", "application/json")
                                                .body(StringBody(TRIAGE_FORM)), 204))
                                        .exec(this::completedIfAccepted)))
                .exec(session -> session.remove("taskId"));
    }

    private Session goneIfNotFound(Session session) {
        if (session.contains("status") && session.getInt("status") == 404) {
            recorder.goneBeforeClaim(session.getString("taskId"));
        }
        return session;
    }

    private Session completedIfAccepted(Session session) {
        if (session.contains("status") && session.getInt("status") == 204) {
            recorder.completed(session.getString("taskId"));
        }
        return session;
    }

    private ChainBuilder list(String queue) {
        return timed(LIST, http(named(LIST)).get("/api/tasks?queue=" + queue + "&size=25"), 200);
    }

    /** Gatling's report keeps the phases apart by name too. */
    private static String named(String request) {
        return "#{phase} " + request;
    }

    private ChainBuilder dashboard() {
        return timed(DASHBOARD, http(named(DASHBOARD)).get("/api/sla/dashboard"), 200);
    }

    private ChainBuilder signIn(String username) {
        return exec(http(named("open session")).get("/api/auth/session"))
                .exec(csrf())
                .exec(timed(SIGN_IN, http(named(SIGN_IN)).post("/api/auth/login")
                        .header("X-ECU-XSRF-TOKEN", "#{csrf}")
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"username\":\"" + username + "\",\"password\":\""
                                + ApiClient.DEMO_PASSWORD + "\"}")), 200));
    }

    /** The CSRF cookie as the page reads it before each change (it is replaced at sign-in). */
    private static ChainBuilder csrf() {
        return exec(getCookieValue(CookieKey("ECU-XSRF-TOKEN").saveAs("csrf")));
    }

    private ChainBuilder timed(String request, HttpRequestActionBuilder builder, Integer... accepted) {
        return exec(session -> session.remove("status").remove("rt"))
                .exec(builder.check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"),
                        status().in(accepted)))
                .exec(session -> {
                    Phase phase = Phase.valueOf(session.getString("phase"));
                    int code = session.contains("status") ? session.getInt("status") : 0;
                    int millis = session.contains("rt") ? session.getInt("rt") : 0;
                    recorder.record(phase, request, millis, code);
                    return session;
                });
    }
}
