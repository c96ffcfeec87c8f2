package uk.police.ecu.casework.sla;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Adds the SLA clocks' parse listener to the engine. */
@Component
class SlaEnginePlugin extends AbstractProcessEnginePlugin {

    private final SlaClockService clocks;

    SlaEnginePlugin(SlaClockService clocks) {
        this.clocks = clocks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new SlaParseListener(clocks));
        configuration.setCustomPreBPMNParseListeners(listeners);
    }
}
