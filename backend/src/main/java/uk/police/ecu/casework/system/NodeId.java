package uk.police.ecu.casework.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which node of the application this is, so an operator can tell nodes apart and nodes can tell whose work is
 * whose: {@code casework.node-id}, which {@code operations.NodeSettings} defaults to the host name and the server
 * port before anything starts (so logs, the engine's job log and import leases all carry the same name).
 */
@Component
public class NodeId {

    private final String value;

    NodeId(@Value("${casework.node-id}") String value) {
        this.value = value.strip();
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
