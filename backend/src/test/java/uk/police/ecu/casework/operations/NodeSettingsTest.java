package uk.police.ecu.casework.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class NodeSettingsTest {

    @Test
    void shouldNameTheNodeByHostAndPortUnlessAnOperatorNamesIt() {
        MockEnvironment unnamed = environment().withProperty("server.port", "8081");
        assertThat(unnamed.getProperty("casework.node-id")).endsWith(":8081").doesNotStartWith(":");

        MockEnvironment named = new MockEnvironment().withProperty("casework.node-id", "ecu-node-2");
        new NodeSettings().postProcessEnvironment(named, new SpringApplication());
        assertThat(named.getProperty("casework.node-id")).isEqualTo("ecu-node-2");
    }

    @Test
    void shouldWriteJsonLogsOnlyWhenAskedFor() {
        assertThat(environment().getProperty("logging.structured.format.console")).isNull();
        MockEnvironment json = new MockEnvironment().withProperty("casework.log-format", "json");
        new NodeSettings().postProcessEnvironment(json, new SpringApplication());
        assertThat(json.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void shouldGiveNodesWithDifferentIdsDifferentLockOwnersAndJobLogNames() {
        StandaloneInMemProcessEngineConfiguration a = engineNamed("ecu-node-a");
        StandaloneInMemProcessEngineConfiguration b = engineNamed("ecu-node-b");
        assertThat(a.getJobExecutor().getLockOwner()).isEqualTo("ecu-node-a");
        assertThat(b.getJobExecutor().getLockOwner()).isEqualTo("ecu-node-b");
        assertThat(a.getHostname()).isEqualTo("ecu-node-a");
        assertThat(b.getHostname()).isEqualTo("ecu-node-b");
    }

    private static MockEnvironment environment() {
        MockEnvironment environment = new MockEnvironment();
        new NodeSettings().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    /** The plugin's two steps, as the engine calls them around its own set-up. */
    private static StandaloneInMemProcessEngineConfiguration engineNamed(String nodeId) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJobExecutor(new DefaultJobExecutor());
        NodeIdEnginePlugin plugin = new NodeIdEnginePlugin(nodeId);
        plugin.preInit(configuration);
        plugin.postInit(configuration);
        return configuration;
    }
}
