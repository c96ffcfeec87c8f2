package uk.police.ecu.casework.tasks;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/** Feeds the engine's history events into the task list's projection, alongside the engine's own history. */
@Component
class TaskProjectionPlugin extends AbstractProcessEnginePlugin {

    private final TaskProjectionHistoryHandler handler;

    TaskProjectionPlugin(TaskProjectionHistoryHandler handler) {
        this.handler = handler;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(handler);
        configuration.setCustomHistoryEventHandlers(handlers);
    }
}
