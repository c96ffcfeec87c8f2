package uk.police.ecu.casework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Password guessing, as an attacker with many threads or many machines would try it. Each test calls from
 * addresses of its own (documentation ranges), so the counters of one never touch another's.
 */
@IntegrationTest
@DisplayName("POST /api/auth/login: guessing")
class SignInThrottleIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldCheckAtMostFivePasswords_whenAHundredGuessesArriveAtOnce_theRightOneAmongThem() throws Exception {
        String address = newAddress();
        long before = lastAuditId();
        int right = ThreadLocalRandom.current().nextInt(50, 100);
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String password = i == right ? ApiClient.DEMO_PASSWORD : "guess-" + i;
            guesses.add(() -> new ApiClient(port).from(address).login("local.investigator", password).status());
        }

        Map<Integer, Long> answers = atOnce(guesses);

        long checked = answers.getOrDefault(401, 0L) + answers.getOrDefault(200, 0L);
        assertThat(checked).as("passwords checked, of " + answers).isBetween(1L, 5L);
        assertThat(answers.get(429)).isEqualTo(100 - checked);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE id > ? AND operation IN ('LOGIN_FAILED', 'LOGIN')
                        AND username = 'local.investigator'""")
                .param(before).query(Long.class).single()).isEqualTo(checked);
    }

    @Test
    void shouldRefuseTheSixthGuessFromOneMachine_sayingWhenToTryAgain_alikeForRealAndMadeUpNames() {
        for (String username : new String[] {"ecu.officer2", "no.such.person"}) {
            ApiClient attacker = new ApiClient(port).from(newAddress());
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(attacker.login(username, "wrong-" + attempt).status()).isEqualTo(401);
            }

            ApiClient.Response refused = attacker.login(username, ApiClient.DEMO_PASSWORD);

            assertThat(refused.status()).as(username).isEqualTo(429);
            assertThat(refused.json().get("message").asText()).startsWith("Too many attempts to sign in. Try again after");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15 * 60L);
        }
    }

    @Test
    void shouldNotLetAStrangerLockAnOfficerOut() {
        ApiClient stranger = new ApiClient(port).from(newAddress());
        for (int attempt = 1; attempt <= 20; attempt++) {
            stranger.login("ecu.officer2", "wrong-" + attempt);
        }

        ApiClient officer = new ApiClient(port).from(newAddress());

        assertThat(officer.login("ecu.officer2", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void shouldSlowANameGuessedFromManyMachines_butLetItsOwnerInOnceTheDelayHasPassed() {
        String username = "victim.care.supervisor";
        List<Integer> statuses = new ArrayList<>();
        for (int machine = 1; machine <= 12; machine++) {
            statuses.add(new ApiClient(port).from(newAddress()).login(username, "wrong-" + machine).status());
        }
        assertThat(statuses.subList(0, 11)).containsOnly(401);
        assertThat(statuses.get(11)).as("the twelfth guess comes too soon after the eleventh").isEqualTo(429);

        ApiClient owner = new ApiClient(port).from(newAddress());
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> owner.login(username, ApiClient.DEMO_PASSWORD).status() == 200);
    }

    @Test
    void shouldShutOutAMachineThatKeepsFailing_whateverNamesItTries() {
        ApiClient machine = new ApiClient(port).from(newAddress());
        for (int i = 0; i < 30; i++) {
            assertThat(machine.login("made.up." + (i / 5), "wrong").status()).isEqualTo(401);
        }

        assertThat(machine.login("ecu.officer", ApiClient.DEMO_PASSWORD).status()).isEqualTo(429);
        assertThat(new ApiClient(port).from(newAddress()).login("ecu.officer", ApiClient.DEMO_PASSWORD).status())
                .as("from anywhere else").isEqualTo(200);
    }

    private static Map<Integer, Long> atOnce(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
            return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    /** An address of the documentation range 198.18.0.0/15, new to this run. */
    private static String newAddress() {
        int n = ThreadLocalRandom.current().nextInt(1, 1 << 17);
        return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
    }
}
