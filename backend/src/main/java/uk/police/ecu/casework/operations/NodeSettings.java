package uk.police.ecu.casework.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings an operator needs before anything logs: the node's name ({@code casework.node-id}, by default
 * host name and port), so every node of a cluster can be told apart in its logs and the engine's job log,
 * and JSON logs when asked for ({@code casework.log-format=json}, e.g. {@code CASEWORK_LOG_FORMAT=json}).
 * This runs before logging starts, which is why it is not an ordinary configuration class.
 */
class NodeSettings implements EnvironmentPostProcessor {

    static final String NODE_ID = "casework.node-id";
    static final String LOG_FORMAT = "casework.log-format";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        if (!environment.containsProperty(NODE_ID)) {
            // Resolved when read, so a port set anywhere (PORT, SERVER_PORT, --server.port) is the one used.
            defaults.put(NODE_ID, hostName() + ":${server.port:8080}");
        }
        if ("json".equalsIgnoreCase(environment.getProperty(LOG_FORMAT, ""))
                && !environment.containsProperty("logging.structured.format.console")) {
            defaults.put("logging.structured.format.console", "ecs");
        }
        environment.getPropertySources().addLast(new MapPropertySource("casework-node-settings", defaults));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
