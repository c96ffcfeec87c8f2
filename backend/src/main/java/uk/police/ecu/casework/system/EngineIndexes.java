package uk.police.ecu.casework.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for this application's load. Created here, once the engine has
 * created or upgraded its tables, rather than by Flyway, which may run before the engine's schema exists.
 *
 * <p>Completing a task looks up its subtasks by {@code PARENT_TASK_ID_}; without an index that is a
 * scan of every open task, so completion slows as the backlog grows.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String TASK_PARENT_INDEX = "casework_ru_task_parent_task";
    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private DataSource dataSource;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        dataSource = configuration.getDataSource();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX IF NOT EXISTS " + TASK_PARENT_INDEX
                    + " ON public.act_ru_task (parent_task_id_)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the engine index " + TASK_PARENT_INDEX, e);
        }
        log.info("Engine index {} in place", TASK_PARENT_INDEX);
    }
}
