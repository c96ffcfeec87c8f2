package uk.police.ecu.casework.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.security.Role;
import uk.police.ecu.casework.security.TeamMembership;
import uk.police.ecu.casework.security.UserRepository;

/** Fifty officers of the triage team reach for the same task at the same instant over HTTP. */
@IntegrationTest
class ConcurrentClaimIntegrationTest {

    private static final int OFFICERS = 50;

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TaskService engineTasks;

    @Test
    void shouldGiveTheTaskToExactlyOneOfFiftyOfficersAndTellTheOthersWhoHasIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String hash = passwords.encode(ApiClient.DEMO_PASSWORD);
        List<ApiClient> officers = new ArrayList<>();
        for (int i = 0; i < OFFICERS; i++) {
            String username = "claim.%s.%02d".formatted(run, i);
            users.create(new UserRepository.NewUser(username, "DC Claimant %02d %s".formatted(i, run), hash,
                    Set.of(Role.ECU_OFFICER), List.of(new TeamMembership("ecu-triage", "ECU triage team", false))));
            officers.add(ApiClient.signedIn(port, username));
        }
        String reference = "NFRC" + run.toUpperCase();
        assertThat(officers.get(0).post("/api/fraud/disseminations",
                TaskJourneyIntegrationTest.dissemination(reference, "Joan Clarke")).status()).isEqualTo(201);
        String taskId = engineTasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_Triage").singleResult().getId();

        List<ApiClient.Response> responses = claimAtOnce(officers, "/api/tasks/" + taskId + "/claim");

        List<Integer> winners = IntStream.range(0, OFFICERS).filter(i -> responses.get(i).status() == 204).boxed().toList();
        assertThat(winners).as("exactly one claim succeeds").hasSize(1);
        String winnerName = "DC Claimant %02d %s".formatted(winners.get(0), run);
        assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("claim.%s.%02d".formatted(run, winners.get(0)));
        List<ApiClient.Response> losers = responses.stream().filter(r -> r.status() != 204).toList();
        assertThat(losers).hasSize(OFFICERS - 1).allSatisfy(lost -> {
            assertThat(lost.status()).isEqualTo(409);
            assertThat(lost.json().get("message").asText()).isEqualTo("This task is already claimed by " + winnerName);
        });
    }

    /** Every officer's claim is sent once all of them are ready, so they arrive together. */
    private static List<ApiClient.Response> claimAtOnce(List<ApiClient> officers, String path) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(officers.size());
        try {
            CountDownLatch ready = new CountDownLatch(officers.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiClient.Response>> pending = new ArrayList<>();
            for (ApiClient officer : officers) {
                Callable<ApiClient.Response> claim = () -> {
                    ready.countDown();
                    go.await();
                    return officer.post(path);
                };
                pending.add(pool.submit(claim));
            }
            ready.await();
            go.countDown();
            List<ApiClient.Response> responses = new ArrayList<>();
            for (Future<ApiClient.Response> response : pending) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
