package uk.police.ecu.casework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.awaitility.Awaitility;

/**
 * A browser-like HTTP session against the running application: keeps cookies and echoes the CSRF
 * cookie in the header, as the single-page app does.
 */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "test-password";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private boolean sendCsrf = true;
    private String clientAddress;

    public ApiClient(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static ApiClient signedIn(int port, String username) {
        return signedIn(port, username, null);
    }

    /** Signed in from a machine of its own, as each of many people at once would be. */
    public static ApiClient signedIn(int port, String username, String address) {
        ApiClient client = new ApiClient(port).from(address);
        Response response = client.login(username, DEMO_PASSWORD);
        if (response.status() != 200) {
            throw new IllegalStateException("Demo user " + username + " could not sign in: " + response.body());
        }
        return client;
    }

    public Response login(String username, String password) {
        get("/api/auth/session");
        return post("/api/auth/login", Map.of("username", username, "password", password));
    }

    /** Puts a cookie in this browser as someone else's page might have set it. */
    public void plantCookie(String name, String value) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().remove(URI.create(baseUrl), c));
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), cookie);
    }

    /** Requests as if from another machine, through the proxy the test application trusts (X-Forwarded-For). */
    public ApiClient from(String address) {
        this.clientAddress = address;
        return this;
    }

    public ApiClient withoutCsrf() {
        this.sendCsrf = false;
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** Follows a redirect's Location, which may lead to another server (a sign-on provider), with the same cookies. */
    public Response follow(String location) {
        URI target = URI.create(baseUrl + "/").resolve(location);
        return send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60)).GET());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A file upload as a browser form sends it (multipart/form-data, field "file"). */
    public Response upload(String path, String fileName, byte[] content) {
        String boundary = "----casework" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * The import an upload started, once it has stopped running (it runs in the background): the upload must
     * have been accepted (202), and the job is read back as the import page polls it.
     */
    public JsonNode finishedImport(Response accepted) {
        if (accepted.status() != 202) {
            throw new AssertionError("upload not accepted: " + accepted.status() + " " + accepted.body());
        }
        String id = accepted.json().get("id").asText();
        return Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/api/intake/imports/" + id).json(),
                        job -> !"RUNNING".equals(job.get("status").asText()));
    }

    /**
     * A file upload streamed from {@code content}, never whole in memory: with its length declared as a
     * browser does when {@code length} is known, chunked when it is negative.
     */
    public Response upload(String path, String fileName, Supplier<InputStream> content, long length) {
        String boundary = "----casework" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher streamed = HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                Collections.enumeration(List.of(new ByteArrayInputStream(head), content.get(),
                        new ByteArrayInputStream(tail)))));
        HttpRequest.BodyPublisher body = length < 0 ? streamed
                : HttpRequest.BodyPublishers.fromPublisher(streamed, head.length + length + tail.length);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body));
    }

    /** Sends the body as given, with the content type given: for requests a browser would never make. */
    public Response send(String method, String path, String body, String contentType) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response send(String method, String path, Object body) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(write(body));
        return send(request(path).header("Content-Type", "application/json").method(method, publisher));
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        String csrf = cookie("ECU-XSRF-TOKEN");
        if (sendCsrf && csrf != null) {
            builder.header("X-ECU-XSRF-TOKEN", csrf);
        }
        if (clientAddress != null) {
            builder.header("X-Forwarded-For", clientAddress);
        }
        // The engine's webapps keep their own token, which their pages echo the same way.
        String webappCsrf = cookie("XSRF-TOKEN");
        if (sendCsrf && webappCsrf != null) {
            builder.header("X-XSRF-TOKEN", webappCsrf);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }
}
