package uk.police.ecu.casework.intake;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs a batch of rows as one engine command. Every engine call made inside it (a process start per
 * row) joins that command, so the engine writes the whole batch in one flush: an insert batch per table
 * instead of a round trip per table per row. The batch was already one transaction; this changes how
 * its writes travel, not what is written or when it commits.
 */
@Component
class OneEngineCommand {

    private final ProcessEngine engine;

    OneEngineCommand(ProcessEngine engine) {
        this.engine = engine;
    }

    <T> T run(Supplier<T> work) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(commandContext -> work.get());
    }
}
