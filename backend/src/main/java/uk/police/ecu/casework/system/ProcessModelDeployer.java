package uk.police.ecu.casework.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model in {@code processes/} when the engine starts.
 *
 * <p>The starter's auto-deployment redeploys every file when any one changes; deploying with
 * "changed only" duplicate filtering means a new version is created only for a model that changed,
 * so running instances of untouched processes stay on their definitions.
 */
@Component
class ProcessModelDeployer extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT_NAME = "ecu-casework-processes";
    private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);
    private static final String[] PATTERNS = {"classpath*:processes/*.bpmn", "classpath*:processes/*.dmn"};

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        DeploymentBuilder deployment = processEngine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("ecu-casework")
                .enableDuplicateFiltering(true);
        int count = 0;
        for (String pattern : PATTERNS) {
            for (Resource resource : resources(pattern)) {
                deployment.addInputStream(resource.getFilename(), open(resource));
                count++;
            }
        }
        deployment.deploy();
        log.info("Deployed {} process and decision models (unchanged ones are skipped)", count);
    }

    private Resource[] resources(String pattern) {
        try {
            return resolver.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list process models " + pattern, e);
        }
    }

    private static InputStream open(Resource resource) {
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read process model " + resource.getFilename(), e);
        }
    }
}
