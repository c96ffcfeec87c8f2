package uk.police.ecu.casework.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

@IntegrationTest
@DisplayName("/actuator/prometheus and the node's name")
class OperationsMetricsIntegrationTest {

    @LocalServerPort
    int port;

    @Value("${casework.node-id}")
    String nodeId;

    @Value("${casework.metrics.scraper-token}")
    String scraperToken;

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldShowAnAdministratorTheBusinessFiguresAndCountAFailedSignIn() {
        ApiClient admin = ApiClient.signedIn(port, "admin");
        String before = scrape(admin);
        assertThat(before).contains("casework_sla_warnings", "casework_sla_breaches",
                "casework_import_rows_imported_total", "casework_import_rows_failed_total",
                "casework_login_failures_total");
        double failuresBefore = value(before, "casework_login_failures_total");

        ApiClient.Response refused = new ApiClient(port).login("ecu.officer", "not-the-password");
        assertThat(refused.status()).isEqualTo(401);

        assertThat(value(scrape(admin), "casework_login_failures_total")).isEqualTo(failuresBefore + 1);
    }

    @Test
    void shouldShowTheOpenTasksOfEachQueueAsTheTaskListHasThem() {
        ApiClient admin = ApiClient.signedIn(port, "admin");
        // The demo data leaves tasks waiting; a queue's gauge appears once the queue has had a task.
        Map.Entry<String, Long> busiest = jdbc.sql("""
                        SELECT q, count(*) FROM task_projection CROSS JOIN LATERAL unnest(candidate_groups) AS q
                        GROUP BY q ORDER BY 2 DESC, 1 LIMIT 1""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).single();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(scrape(admin)).contains(
                        "casework_tasks_open{queue=\"" + busiest.getKey() + "\"} " + busiest.getValue() + ".0"));
    }

    @Test
    void shouldRefuseTheFiguresToStrangersAndOrdinaryOfficers() {
        assertThat(new ApiClient(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(ApiClient.signedIn(port, "ecu.officer").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "ecu.supervisor").get("/actuator/prometheus").status()).isEqualTo(403);
    }

    @Test
    void shouldLetAMonitoringSystemWithTheScraperTokenReadTheFiguresAndNothingElse() {
        HttpResponse<String> scrape = withToken("/actuator/prometheus", scraperToken);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("casework_sla_breaches", "casework_login_failures_total");
        assertThat(scrape.headers().allValues("Set-Cookie")).as("no session is made for a scraper").isEmpty();

        assertThat(withToken("/actuator/prometheus", scraperToken + "x").statusCode()).isEqualTo(401);
        assertThat(withToken("/actuator/prometheus", "").statusCode()).isEqualTo(401);
        assertThat(withToken("/api/tasks?queue=ecu-triage", scraperToken).statusCode())
                .as("the token reads the figures, not the work").isEqualTo(401);
        assertThat(withToken("/api/audit/events", scraperToken).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldLockJobsAndLogThemAsThisNode() {
        assertThat(nodeId).as("host name and port by default").matches(".+:\\d+");
        assertThat(engine.getJobExecutor().getLockOwner()).isEqualTo(nodeId);
        assertThat(engine.getHostname()).isEqualTo(nodeId);
    }

    private HttpResponse<String> withToken(String path, String token) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String scrape(ApiClient admin) {
        // As a scraper asks: no Accept header (the API client's asks for JSON, which this endpoint does not serve).
        ApiClient.Response response = admin.follow("/actuator/prometheus");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static double value(String scrape, String metric) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(\\{[^}]*\\})? (\\S+)$").matcher(scrape);
        assertThat(matcher.find()).as(metric).isTrue();
        return Double.parseDouble(matcher.group(2));
    }
}
