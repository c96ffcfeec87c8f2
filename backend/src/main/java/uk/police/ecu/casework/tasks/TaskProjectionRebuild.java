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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up, brings the projection level with the engine wherever they differ: tasks created before
 * the projection existed, or changed by a tool that bypassed the engine's history events.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaskProjectionRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TaskProjectionRebuild.class);

    private final JdbcTemplate jdbc;
    private final ProcessEngine engine;
    private final TaskProjectionWriter writer;

    TaskProjectionRebuild(JdbcTemplate jdbc, ProcessEngine engine, TaskProjectionWriter writer) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.writer = writer;
    }

    @Override
    public void run(ApplicationArguments args) {
        int stale = jdbc.update("""
                DELETE FROM task_projection p WHERE NOT EXISTS (SELECT 1 FROM public.act_ru_task t WHERE t.id_ = p.task_id)""");
        List<String> missing = jdbc.queryForList("""
                SELECT t.id_ FROM public.act_ru_task t
                WHERE NOT EXISTS (SELECT 1 FROM task_projection p WHERE p.task_id = t.id_)""", String.class);
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
