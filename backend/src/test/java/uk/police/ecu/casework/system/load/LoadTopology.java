package uk.police.ecu.casework.system.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.system.ApplicationNode;
import uk.police.ecu.casework.system.DisseminationFile;
import uk.police.ecu.casework.system.NodesOnOneDatabase;

/**
 * The system under load: {@code nodes} application nodes (JVMs of their own) on one test-owned PostgreSQL,
 * behind the {@link StickyProxy}, with a staff of load users and a backlog of triage tasks to work on.
 */
final class LoadTopology implements AutoCloseable {

    private final NodesOnOneDatabase nodes = new NodesOnOneDatabase();
    private final StickyProxy proxy = new StickyProxy();
    private final List<ApplicationNode> started = new ArrayList<>();

    int proxyPort() {
        return proxy.port();
    }

    List<Integer> browsersPerNode() {
        return proxy.browsersPerNode();
    }

    JdbcClient jdbc() {
        return nodes.database().jdbc();
    }

    void start(int count) {
        for (int i = 1; i <= count; i++) {
            ApplicationNode node = nodes.start("load-" + count + "-node-" + i, "--casework.node-id=load-node-" + i);
            started.add(node);
            proxy.add(node.port());
        }
    }

    /**
     * Demo users cloned, each with the demo user's roles and teams: many people at once are many accounts, and
     * two sessions of one account would race each other for its own claims.
     */
    List<String> staff(String like, String prefix, int count) {
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String username = "%s.%03d".formatted(prefix, i);
            clone("casework.app_user", like, username);
            clone("casework.user_role", like, username);
            clone("casework.team_member", like, username);
            usernames.add(username);
        }
        return usernames;
    }

    /** An import finished before the measured phases, so that there is triage work to claim. */
    void seed(String prefix, int rows) {
        ApiClient officer = ApiClient.signedIn(proxy.port(), "ecu.officer");
        JsonNode seeded = officer.finishedImport(officer.upload("/api/intake/disseminations", "seed.csv",
                DisseminationFile.of(prefix, rows, 0).content()));
        if (!"COMPLETED".equals(seeded.get("status").asText())) {
            throw new IllegalStateException("The seed import did not complete: " + seeded);
        }
    }

    private void clone(String table, String like, String username) {
        jdbc().sql("INSERT INTO " + table + " SELECT (jsonb_populate_record(NULL::" + table
                        + ", to_jsonb(t) || jsonb_build_object('username', :username))).* FROM " + table
                        + " t WHERE username = :like")
                .param("username", username).param("like", like).update();
    }

    @Override
    public void close() throws Exception {
        proxy.close();
        nodes.close();
    }
}
