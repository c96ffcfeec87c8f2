package uk.police.ecu.casework.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Puts {@link KeptEngineHistory} in place of the engine's own writer of history to the database. */
@Component
class KeptEngineHistoryPlugin extends AbstractProcessEnginePlugin {

    private final Set<String> keptVariables;

    KeptEngineHistoryPlugin(@Value("${casework.engine-history.kept-variables}") Set<String> keptVariables) {
        this.keptVariables = keptVariables;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new KeptEngineHistory(keptVariables));
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setCustomHistoryEventHandlers(handlers);
    }
}
