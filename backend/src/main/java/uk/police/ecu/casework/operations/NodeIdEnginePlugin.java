package uk.police.ecu.casework.operations;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node in the engine: the job executor locks jobs as this node, and the engine's job log
 * (ACT_HI_JOB_LOG.HOSTNAME_) says which node ran or failed each job. Without it every node is
 * "127.0.0.1$default" there and a random id in ACT_RU_JOB.LOCK_OWNER_.
 */
@Component
class NodeIdEnginePlugin extends AbstractProcessEnginePlugin {

    private final String nodeId;

    NodeIdEnginePlugin(@Value("${" + NodeSettings.NODE_ID + "}") String nodeId) {
        this.nodeId = nodeId;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHostname(nodeId);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(nodeId);
        }
    }
}
