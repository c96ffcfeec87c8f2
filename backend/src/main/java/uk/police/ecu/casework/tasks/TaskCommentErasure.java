package uk.police.ecu.casework.tasks;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;

/**
 * Erases the comments written on a case's tasks when the case's personal data is erased. It has no role check of
 * its own: only the retention review, which an administrator alone may use, calls it.
 */
@Service
public class TaskCommentErasure {

    private final ProcessEngine engine;

    TaskCommentErasure(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * Deletes every comment on the tasks of these process instances, for the erasure of a case's personal
     * data: comments are free text about the victim. The tasks' own history (who did what, when) stays.
     *
     * @return how many comments were deleted
     */
    public int eraseOnProcessInstances(List<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return 0;
        }
        // Erasure is an administrator's act, decided by the product's rules; the engine's own authorisations
        // (which nobody holds on task history) are not asked.
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(context -> {
                    context.disableAuthorizationCheck();
                    try {
                        int held = 0;
                        for (String instance : processInstanceIds) {
                            for (HistoricTaskInstance task : engine.getHistoryService()
                                    .createHistoricTaskInstanceQuery().processInstanceId(instance).list()) {
                                held += context.getCommentManager().findCommentsByTaskId(task.getId()).size();
                                context.getCommentManager().deleteCommentsByTaskId(task.getId());
                            }
                        }
                        context.getCommentManager().deleteCommentsByProcessInstanceIds(processInstanceIds);
                        return held;
                    } finally {
                        context.enableAuthorizationCheck();
                    }
                });
    }
}
