package uk.police.ecu.casework.tasks;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/** The kinds of task the deployed process models define, for the task list's filters. */
@Component
class TaskTypes {

    private final RepositoryService repository;

    TaskTypes(RepositoryService repository) {
        this.repository = repository;
    }

    record TaskType(String process, String processName, String taskType, String name) {
    }

    List<TaskType> all() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .flatMap(definition -> userTasks(definition).stream())
                .sorted(Comparator.comparing(TaskType::processName).thenComparing(TaskType::name))
                .toList();
    }

    private List<TaskType> userTasks(ProcessDefinition definition) {
        String processName = definition.getName() == null ? definition.getKey() : definition.getName();
        return repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class).stream()
                .map(task -> new TaskType(definition.getKey(), processName, task.getId(),
                        task.getName() == null ? task.getId() : task.getName()))
                .toList();
    }
}
