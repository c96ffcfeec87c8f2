package uk.police.ecu.casework.tasks;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, brings the projection level with the engine wherever they differ: tasks created before
 * the projection existed, or changed by a tool that bypassed the engine's history events.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaskProjectionRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TaskProjectionRebuild.class);

    private final TaskProjectionRepository projection;
    private final ProcessEngine engine;
    private final TaskProjectionWriter writer;

    TaskProjectionRebuild(TaskProjectionRepository projection, ProcessEngine engine, TaskProjectionWriter writer) {
        this.projection = projection;
        this.engine = engine;
        this.writer = writer;
    }

    @Override
    public void run(ApplicationArguments args) {
        int stale = projection.removeTasksGoneFromEngine();
        List<String> missing = projection.tasksMissingFromProjection();
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    missing.forEach(id -> {
                        TaskEntity task = context.getTaskManager().findTaskById(id);
                        if (task != null) {
                            writer.insert(task);
                        }
                    });
                    return null;
                });
        if (stale > 0 || !missing.isEmpty()) {
            log.info("Task list projection brought level with the engine: {} added, {} removed", missing.size(), stale);
        }
    }
}
