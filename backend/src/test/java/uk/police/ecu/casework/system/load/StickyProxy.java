package uk.police.ecu.casework.system.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sticky load balancer for the load test. Gatling's users all come from one address, so nginx's
 * {@code ip_hash} would send them all to one node; this proxy instead gives each new browser the next ready
 * node in turn and keeps it there by a cookie of its own ({@code LB_NODE}), as a cookie-affinity balancer does.
 * A node whose readiness probe fails is given no new browsers, and browsers pinned to it move on.
 */
final class StickyProxy implements AutoCloseable {

    static final String AFFINITY_COOKIE = "LB_NODE";
    /** Headers the JDK client sets itself or that describe one hop only. */
    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "expect", "host",
            "upgrade", "transfer-encoding", "keep-alive", "date");

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(64);
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<Backend> backends = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    StickyProxy() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(workers);
        server.createContext("/", this::forward);
        server.start();
        probe.scheduleWithFixedDelay(this::probeReadiness, 1, 1, TimeUnit.SECONDS);
    }

    int port() {
        return server.getAddress().getPort();
    }

    void add(int nodePort) {
        backends.add(new Backend(backends.size(), nodePort));
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            Backend backend = pinned(exchange).orElseGet(this::nextReady);
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + backend.port + exchange.getRequestURI()))
                    .timeout(Duration.ofMinutes(2))
                    .method(exchange.getRequestMethod(), body(exchange.getRequestBody()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, new ArrayList<>(values));
                }
            });
            exchange.getResponseHeaders().add("Set-Cookie", AFFINITY_COOKIE + "=" + backend.index + "; Path=/; HttpOnly");
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            System.err.println("Proxy: " + exchange.getRequestURI() + " failed: " + e);
            exchange.sendResponseHeaders(502, -1);
        }
    }

    /** How many browsers (cookie-less first requests) each node was given, in node order. */
    List<Integer> browsersPerNode() {
        return backends.stream().map(b -> b.browsers.get()).toList();
    }

    private Optional<Backend> pinned(HttpExchange exchange) {
        return exchange.getRequestHeaders().getOrDefault("Cookie", List.of()).stream()
                .flatMap(header -> List.of(header.split(";")).stream()).map(String::trim)
                .filter(cookie -> cookie.startsWith(AFFINITY_COOKIE + "="))
                .map(cookie -> cookie.substring(AFFINITY_COOKIE.length() + 1))
                .flatMap(index -> backends.stream().filter(b -> String.valueOf(b.index).equals(index)))
                .filter(b -> b.ready).findFirst();
    }

    private Backend nextReady() {
        for (int tries = 0; tries < backends.size(); tries++) {
            Backend candidate = backends.get(Math.floorMod(next.getAndIncrement(), backends.size()));
            if (candidate.ready) {
                candidate.browsers.incrementAndGet();
                return candidate;
            }
        }
        throw new IllegalStateException("no node is ready");
    }

    private static HttpRequest.BodyPublisher body(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        return bytes.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes);
    }

    private void probeReadiness() {
        for (Backend backend : backends) {
            try {
                backend.ready = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + backend.port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException e) {
                backend.ready = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        probe.shutdownNow();
        server.stop(0);
        workers.shutdownNow();
    }

    private static final class Backend {
        private final int index;
        private final int port;
        private final AtomicInteger browsers = new AtomicInteger();
        // Added only once the node has reported ready; the probe keeps it current from then on.
        private volatile boolean ready = true;

        private Backend(int index, int port) {
            this.index = index;
            this.port = port;
        }
    }
}
