package uk.police.ecu.casework.sla;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Hooks every process and user task of every model to the SLA clocks, so a new SLA needs only a row of
 * {@code sla_definition}, never a change to a model.
 */
class SlaParseListener extends AbstractBpmnParseListener {

    private final SlaClockService clocks;

    SlaParseListener(SlaClockService clocks) {
        this.clocks = clocks;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        String processKey = processDefinition.getKey();
        processDefinition.addListener(ExecutionListener.EVENTNAME_START,
                (ExecutionListener) execution -> clocks.processStarted(execution, processKey));
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, t -> clocks.taskCreated(t, processKey));
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, clocks::taskCompleted);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, clocks::taskDeleted);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, clocks::taskUpdated);
    }
}
