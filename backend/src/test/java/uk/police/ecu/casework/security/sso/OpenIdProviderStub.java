package uk.police.ecu.casework.security.sso;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider for tests, speaking the real protocol: discovery document, JWKS,
 * an authorisation endpoint that signs in at once whoever the test names (no login page), and a token
 * endpoint that checks the client's secret and the PKCE verifier and returns an RS256-signed ID token.
 */
final class OpenIdProviderStub implements AutoCloseable {

    record ProviderUser(String username, String name, List<String> groups) {
    }

    private record Grant(ProviderUser user, String nonce, String codeChallenge, String redirectUri) {
    }

    private static final String REALM = "/realms/force";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final RSAKey key;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private volatile ProviderUser nextUser;

    private OpenIdProviderStub(String clientId, String clientSecret) throws IOException, JOSEException {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext(REALM + "/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
        server.createContext(REALM + "/protocol/jwks", exchange ->
                json(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.createContext(REALM + "/protocol/auth", this::authorize);
        server.createContext(REALM + "/protocol/token", this::token);
        server.start();
    }

    static OpenIdProviderStub start(String clientId, String clientSecret) {
        try {
            return new OpenIdProviderStub(clientId, clientSecret);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String issuer() {
        return "http://localhost:" + server.getAddress().getPort() + REALM;
    }

    /** Who the next authorisation request signs in, as if they had typed their password at the provider. */
    void signInNextAs(ProviderUser user) {
        this.nextUser = user;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private Map<String, Object> discovery() {
        Map<String, Object> document = new HashMap<>();
        document.put("issuer", issuer());
        document.put("authorization_endpoint", issuer() + "/protocol/auth");
        document.put("token_endpoint", issuer() + "/protocol/token");
        document.put("jwks_uri", issuer() + "/protocol/jwks");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("scopes_supported", List.of("openid", "profile", "email"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        document.put("grant_types_supported", List.of("authorization_code"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        return document;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!clientId.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                || !"S256".equals(query.get("code_challenge_method"))) {
            json(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(nextUser, query.get("nonce"), query.get("code_challenge"), query.get("redirect_uri")));
        String location = query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expectedAuth = "Basic " + Base64.getEncoder().encodeToString(
                (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        Grant grant = grants.remove(body.getOrDefault("code", ""));
        if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, Map.of("error", "invalid_client"));
        } else if (grant == null || !grant.redirectUri().equals(body.get("redirect_uri"))
                || !"authorization_code".equals(body.get("grant_type"))
                || !grant.codeChallenge().equals(s256(body.getOrDefault("code_verifier", "")))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
        } else {
            json(exchange, 200, Map.of("access_token", UUID.randomUUID().toString(), "token_type", "Bearer",
                    "expires_in", 300, "scope", "openid profile email", "id_token", idToken(grant)));
        }
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject("sub-" + grant.user().username())
                .audience(clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", grant.nonce())
                .claim("preferred_username", grant.user().username())
                .claim("name", grant.user().name())
                .claim("groups", grant.user().groups())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            values.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
