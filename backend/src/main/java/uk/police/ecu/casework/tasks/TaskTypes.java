package uk.police.ecu.casework.tasks;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.CaseworkUser;

/**
 * The kinds of task the deployed process models define, for the task list's filters. Each user is offered
 * only the kinds that are their work: those the model gives to one of their teams by name, and those now in
 * their queues or in their hands (a model that picks its team from the case, such as the allocated team, says
 * whose work it is only case by case).
 */
@Component
class TaskTypes {

    private final RepositoryService repository;
    private final TaskListRepository taskList;

    TaskTypes(RepositoryService repository, TaskListRepository taskList) {
        this.repository = repository;
        this.taskList = taskList;
    }

    record TaskType(String process, String processName, String taskType, String name,
                    @JsonIgnore Set<String> namedTeams) {

        boolean sameKindAs(TaskListRepository.KindOfTask kind) {
            return process.equals(kind.processKey()) && taskType.equals(kind.taskType());
        }
    }

    List<TaskType> workedBy(CaseworkUser user) {
        List<TaskListRepository.KindOfTask> inHand = taskList.kindsOfTaskWorkedBy(user.username(), user.teamIds());
        return all().stream()
                .filter(type -> type.namedTeams().stream().anyMatch(user.teamIds()::contains)
                        || inHand.stream().anyMatch(type::sameKindAs))
                .toList();
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
                        task.getName() == null ? task.getId() : task.getName(), namedTeams(task)))
                .toList();
    }

    /** The teams a task's candidate groups name outright; an expression names none until a case evaluates it. */
    private static Set<String> namedTeams(UserTask task) {
        String groups = task.getCamundaCandidateGroups();
        if (groups == null || groups.contains("${") || groups.contains("#{")) {
            return Set.of();
        }
        return Arrays.stream(groups.split(",")).map(String::trim).filter(group -> !group.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
