package uk.police.ecu.casework.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * The engine's own tools are for looking: an administrator sees instances, incidents and jobs in Cockpit,
 * each look on the audit trail, but cannot work, change or deploy anything through them, read a variable,
 * or reach the engine's REST API, Tasklist or Admin at all.
 */
@IntegrationTest
@DisplayName("Camunda webapps and /engine-rest")
class EngineToolsIntegrationTest {

    private static final String ENGINE_API = "/camunda/api/engine/engine/default";
    private static final String MARKER = "Vulnerability answer " + UUID.randomUUID();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;

    private ApiClient admin;
    private String crimeReference;
    private String processInstanceId;
    private String taskId;

    @BeforeEach
    void aCaseWaitingForTriage_andAnAdministratorInCockpit() {
        crimeReference = "NFRC-ENGINE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        ApiClient.Response received = officer.post("/api/fraud/disseminations", Map.of("crimeReference", crimeReference,
                "reportedDate", LocalDate.of(2026, 11, 2).toString(), "nfibCode", "NFIB3A", "victimType", "INDIVIDUAL",
                "victimName", "Engine Tools Victim", "lossGbp", 900, "policingArea", "Coventry"));
        assertThat(received.status()).as(received.body()).isLessThan(300);
        processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(crimeReference)
                .singleResult().getId();
        runtime.setVariable(processInstanceId, "assessmentNotes", MARKER);
        taskId = jdbc.sql("SELECT id_ FROM act_ru_task WHERE proc_inst_id_ = ?").param(processInstanceId)
                .query(String.class).single();
        admin = ApiClient.signedIn(port, "admin");
        // Cockpit opens (not the webapps' "create the first administrator" page) and hands out its CSRF cookie.
        ApiClient.Response cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.status()).as("Cockpit's page, not a redirect to " + cockpit.header("Location")).isEqualTo(200);
        assertThat(admin.cookie("XSRF-TOKEN")).isNotNull();
    }

    @Test
    void shouldRefuseAnonymousUsers() {
        ApiClient anonymous = new ApiClient(port);
        assertThat(anonymous.get("/engine-rest/engine").status()).isEqualTo(401);
        assertThat(anonymous.get("/camunda/app/cockpit/default/").status()).isEqualTo(401);
        assertThat(anonymous.get(ENGINE_API + "/process-instance").status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/camunda", "/camunda/", "/camunda/app/", "/camunda/app/welcome/default/"})
    void shouldOpenCockpit_notTheWelcomePageThatLeadsToTasklist(String entrance) {
        ApiClient.Response opened = admin.get(entrance);

        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.header("Location")).endsWith("/camunda/app/cockpit/default/");
        assertThat(ApiClient.signedIn(port, "ecu.officer").get(entrance).status()).isEqualTo(403);
    }

    @Test
    void shouldRefuseEveryoneButAdministrators() {
        for (String user : new String[] {"ecu.officer", "ecu.supervisor", "drug.worker", "analyst", "auditor"}) {
            ApiClient client = ApiClient.signedIn(port, user);
            assertThat(client.get("/camunda/app/cockpit/default/").status()).as(user).isEqualTo(403);
            assertThat(client.get(ENGINE_API + "/process-instance").status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void shouldLetAnAdministratorLookInCockpit_withEachLookOnTheAuditTrail() {
        long before = lastAuditId();

        ApiClient.Response statistics = admin.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
        ApiClient.Response instances = admin.get(ENGINE_API + "/process-instance?businessKey=" + crimeReference);
        ApiClient.Response webappUser = admin.get("/camunda/api/admin/auth/user/default");

        assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
        assertThat(instances.status()).as(instances.body()).isEqualTo(200);
        assertThat(instances.json().findValuesAsText("id")).containsExactly(processInstanceId);
        assertThat(webappUser.json().get("userId").asText()).isEqualTo("admin");
        assertThat(webappUser.json().get("authorizedApps").toString()).contains("cockpit")
                .doesNotContain("tasklist").doesNotContain("\"admin\"");
        assertThat(jdbc.sql("""
                        SELECT record_ids[1] FROM audit_event WHERE id > ? AND username = 'admin'
                        AND operation = 'CONSULTATION' AND record_type = 'engine' ORDER BY id""")
                .param(before).query(String.class).list())
                .contains("GET /camunda/api/cockpit/plugin/base/default/process-definition/statistics",
                        "GET " + ENGINE_API + "/process-instance");
    }

    @Test
    void shouldNotLetAnAdministratorWorkChangeOrDeployThroughTheEngineTools() {
        long deployments = count("SELECT count(*) FROM act_re_deployment");

        assertThat(admin.post(ENGINE_API + "/task/" + taskId + "/claim", Map.of("userId", "admin")).status())
                .as("claim").isEqualTo(403);
        assertThat(admin.post(ENGINE_API + "/task/" + taskId + "/assignee", Map.of("userId", "ecu.officer")).status())
                .as("assign").isEqualTo(403);
        assertThat(admin.post(ENGINE_API + "/task/" + taskId + "/complete", Map.of()).status()).as("complete")
                .isEqualTo(403);
        assertThat(admin.send("PUT", ENGINE_API + "/process-instance/" + processInstanceId + "/variables/decision",
                Map.of("value", "FILE", "type", "String")).status()).as("change a variable").isEqualTo(403);
        assertThat(admin.send("DELETE", ENGINE_API + "/process-instance/" + processInstanceId, null).status())
                .as("delete the case's process").isEqualTo(403);
        assertThat(admin.upload(ENGINE_API + "/deployment/create", "evil.bpmn", evilModel()).status())
                .as("deploy a model").isEqualTo(403);

        assertThat(admin.get("/engine-rest/engine").status()).isEqualTo(403);
        assertThat(admin.upload("/engine-rest/deployment/create", "evil.bpmn", evilModel()).status()).isEqualTo(403);
        assertThat(admin.get("/camunda/app/tasklist/default/").status()).isEqualTo(403);
        assertThat(admin.get("/camunda/app/admin/default/").status()).isEqualTo(403);
        assertThat(new ApiClient(port).send("POST", "/camunda/api/admin/auth/user/default/login/cockpit",
                "username=" + EngineOperators.SETUP_CLOSED + "&password=x", "application/x-www-form-urlencoded").status())
                .as("the engine's own login").isIn(401, 403);
        assertThat(admin.post("/camunda/api/admin/setup/default/user/create",
                Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "x"))).status())
                .isEqualTo(403);

        assertThat(jdbc.sql("SELECT assignee_ FROM act_ru_task WHERE id_ = ?").param(taskId).query(String.class).optional())
                .as("the task is still unclaimed").isEmpty();
        assertThat(runtime.getVariable(processInstanceId, "decision")).isNull();
        assertThat(count("SELECT count(*) FROM act_ru_execution WHERE proc_inst_id_ = '" + processInstanceId + "'"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM act_re_deployment")).isEqualTo(deployments);
        assertThat(count("SELECT count(*) FROM act_id_user WHERE id_ = 'intruder'")).isZero();
    }

    @Test
    void shouldShowNoVariableValueInTheEngineTools() {
        List<String> reads = List.of(
                ENGINE_API + "/process-instance/" + processInstanceId + "/variables",
                ENGINE_API + "/variable-instance?processInstanceIdIn=" + processInstanceId,
                ENGINE_API + "/task/" + taskId + "/variables",
                ENGINE_API + "/history/variable-instance?processInstanceId=" + processInstanceId,
                ENGINE_API + "/history/detail?processInstanceId=" + processInstanceId,
                ENGINE_API + "/execution/" + processInstanceId + "/localVariables");
        for (String read : reads) {
            ApiClient.Response response = admin.get(read);
            assertThat(response.body()).as(read).doesNotContain(MARKER);
            assertThat(response.status()).as(read).isIn(200, 403);
        }
    }

    private long lastAuditId() {
        return count("SELECT coalesce(max(id), 0) FROM audit_event");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** A model whose service task would run SQL as the application, were it ever deployed. */
    private static byte[] evilModel() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="evil">
                  <process id="evil" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="start"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="run"/>
                    <serviceTask id="run" camunda:expression="${jdbcTemplate.execute('DELETE FROM casework.audit_event')}"/>
                    <sequenceFlow id="f2" sourceRef="run" targetRef="end"/>
                    <endEvent id="end"/>
                  </process>
                </definitions>
                """.getBytes(StandardCharsets.UTF_8);
    }
}
