package uk.police.ecu.casework.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.shared.RefusedException;

/**
 * Nobody approves a decision they made. A task whose model says it approves another task's decision
 * ({@code <camunda:property name="approves" value="Task_Triage"/>}) may not be claimed, completed or given to
 * whoever completed that task last in the same case. One rule for every process: a model opts in by the
 * property, and the task list enforces it wherever work is taken or handed on.
 */
@Component
class FourEyes {

    static final String PROPERTY = "approves";

    private final RepositoryService repository;
    private final HistoryService history;
    private final AuditLog audit;
    private final Map<String, Optional<String>> approvedTask = new ConcurrentHashMap<>();

    FourEyes(RepositoryService repository, HistoryService history, AuditLog audit) {
        this.repository = repository;
        this.history = history;
        this.audit = audit;
    }

    /** Refuses, on the audit trail, when {@code username} made the decision this task approves. */
    void requireNotDecider(Task task, String username) {
        if (decider(task).filter(username::equals).isPresent()) {
            audit.recordRefusal(AuditEntry.accessRefused("task", List.of(task.getId()), Map.of("check", "four-eyes")));
            throw new RefusedException("You made the decision this task approves, so someone else must approve it");
        }
    }

    /** Whether {@code username} made the decision this task approves. */
    boolean isDecider(Task task, String username) {
        return decider(task).filter(username::equals).isPresent();
    }

    private Optional<String> decider(Task task) {
        return approvedTask(task).flatMap(approved -> history.createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(approved).finished()
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream().findFirst()
                .map(HistoricTaskInstance::getAssignee));
    }

    private Optional<String> approvedTask(Task task) {
        return approvedTask.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(), key -> {
            BaseElement element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
                    .getModelElementById(task.getTaskDefinitionKey());
            return element == null || element.getExtensionElements() == null ? Optional.empty()
                    : element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                            .flatMap(properties -> properties.getCamundaProperties().stream())
                            .filter(property -> PROPERTY.equals(property.getCamundaName()))
                            .map(CamundaProperty::getCamundaValue).findFirst();
        });
    }
}
