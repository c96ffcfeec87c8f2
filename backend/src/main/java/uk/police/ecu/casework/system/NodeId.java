package uk.police.ecu.casework.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which node of the application this is, so an operator can tell nodes apart and nodes can tell whose
 * work is whose: {@code casework.node-id} when configured, otherwise the host name and the server port.
 */
@Component
public class NodeId {

    private final String value;

    NodeId(@Value("${casework.node-id:}") String configured, @Value("${server.port:8080}") String port) {
        this.value = configured.isBlank() ? hostName() + ":" + port : configured.strip();
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
