package uk.police.ecu.casework.tasks;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Feeds the engine's history events into the task list's projection, alongside the engine's own history,
 * and gives each engine command the session that writes its task changes.
 */
@Component
class TaskProjectionPlugin extends AbstractProcessEnginePlugin {

    private final TaskProjectionHistoryHandler handler;
    private final TaskProjectionWriter writer;

    TaskProjectionPlugin(TaskProjectionHistoryHandler handler, TaskProjectionWriter writer) {
        this.handler = handler;
        this.writer = writer;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(handler);
        configuration.setCustomHistoryEventHandlers(handlers);
        List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        sessions.add(ProjectionChanges.factory(writer));
        configuration.setCustomSessionFactories(sessions);
    }
}
