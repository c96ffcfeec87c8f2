package uk.police.ecu.casework.system;

import java.util.ArrayList;
import java.util.List;

/**
 * A test-owned PostgreSQL and the application nodes a fault test starts on it, all stopped together after
 * the test: the nodes first (a killed node is already gone), then the database they shared.
 */
public final class NodesOnOneDatabase implements AutoCloseable {

    private final NodeDatabase database = NodeDatabase.start();
    private final List<ApplicationNode> nodes = new ArrayList<>();

    public NodeDatabase database() {
        return database;
    }

    public ApplicationNode start(String name, String... settings) {
        ApplicationNode node = ApplicationNode.start(name, database, settings);
        nodes.add(node);
        return node;
    }

    @Override
    public void close() throws Exception {
        nodes.forEach(ApplicationNode::close);
        database.close();
    }
}
