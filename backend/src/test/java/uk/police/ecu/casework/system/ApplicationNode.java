package uk.police.ecu.casework.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.CaseworkApplication;

/**
 * One application node: the application in a JVM of its own (the production main class and
 * classpath, no test code), on the test's shared PostgreSQL, with its job executor on. It can be
 * killed as a crash kills it ({@code kill -9}) or stopped as an operator stops it (SIGTERM).
 * Its output goes to {@code target/nodes/<name>.log}.
 */
public final class ApplicationNode implements AutoCloseable {

    /** The exit status of a JVM killed by SIGKILL (128 + 9): proof the node had no chance to tidy up. */
    static final int KILLED = 137;

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ApplicationNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a node on the shared database and waits until it is ready; {@code settings} are {@code --name=value}. */
    static ApplicationNode start(String name, NodeDatabase database, String... settings) {
        return start(name, Map.of(
                "SPRING_DATASOURCE_URL", database.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "postgres"), settings);
    }

    /** Starts a node on an external database given by {@code environment} ({@code SPRING_DATASOURCE_*} and the like). */
    static ApplicationNode start(String name, Map<String, String> environment, String... settings) {
        ApplicationNode node = launch(name, environment, List.of(settings));
        node.awaitReady();
        return node;
    }

    /** Starts a node as {@code java -jar} runs it by default: with its own embedded PostgreSQL, here in {@code dataDir}. */
    static ApplicationNode startEmbedded(String name, Path dataDir, String... settings) {
        List<String> all = new ArrayList<>(List.of("--casework.database.embedded.data-dir=" + dataDir.toAbsolutePath()));
        all.addAll(List.of(settings));
        ApplicationNode node = launch(name, Map.of(), all);
        node.awaitReady();
        return node;
    }

    private static ApplicationNode launch(String name, Map<String, String> environment, List<String> settings) {
        int port = freePort();
        Path log = Path.of("target", "nodes", name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", applicationClasspath(), CaseworkApplication.class.getName(),
                "--server.port=" + port,
                "--casework.demo-data.enabled=true",
                "--casework.demo-data.password=" + ApiClient.DEMO_PASSWORD,
                "--camunda.bpm.job-execution.enabled=true",
                // A crashed node's jobs are picked up again once their lock expires: 10 s, not the default 5 min.
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=2000",
                // Nodes of one test share a database, so they share its audit key; none writes under data/.
                "--casework.secrets-dir=" + Path.of("target", "nodes", "secrets").toAbsolutePath(),
                "--casework.audit.anchor-file=" + Path.of("target", "nodes", name + "-anchors.log").toAbsolutePath()));
        command.addAll(settings);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_DATASOURCE_"));
            builder.environment().putAll(environment);
            return new ApplicationNode(name, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ready: started, demo data loaded and interrupted imports resumed (Spring Boot's readiness state). */
    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited with " + process.exitValue()
                        + " while starting; see " + log);
            }
            if (ready()) {
                return;
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Node " + name + " was not ready within " + START_TIMEOUT + "; see " + log);
    }

    public int port() {
        return port;
    }

    Path log() {
        return log;
    }

    ApiClient signedIn(String username) {
        return ApiClient.signedIn(port, username);
    }

    /**
     * {@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL on Linux, which the exit status
     * 137 confirms. No shutdown hook runs and the application tidies nothing up; PostgreSQL rolls back
     * whatever it had not committed when its connections drop.
     */
    int kill() {
        process.destroyForcibly();
        return awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, as a service manager or {@code docker stop} sends it; the exit status once it has exited. */
    int stop(Duration within) {
        process.destroy();
        return awaitExit(within);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private int awaitExit(Duration within) {
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Node " + name + " still running " + within + " after the signal");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean ready() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The application's classes and libraries as the test run has them, without the tests' own classes; a run
     * whose JVM starts from a launcher jar (the load test's) names them in {@code casework.node.class.path}.
     */
    private static String applicationClasspath() {
        String classpath = System.getProperty("casework.node.class.path",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
