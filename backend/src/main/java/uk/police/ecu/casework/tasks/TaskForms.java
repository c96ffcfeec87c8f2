package uk.police.ecu.casework.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.InvalidInputException;

/** Finds the form for a task and turns the submitted JSON into its validated, typed answers. */
@Component
class TaskForms {

    private final Map<String, TaskForm<?>> byTaskKey = new HashMap<>();
    private final ObjectMapper json;
    private final Validator validator;

    TaskForms(List<TaskForm<?>> forms, ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
        forms.forEach(form -> form.taskKeys().forEach(key -> {
            if (byTaskKey.put(key, form) != null) {
                throw new IllegalStateException("Two forms complete " + key);
            }
        }));
    }

    Map<String, Object> complete(WorkedTask task, JsonNode answers) {
        TaskForm<?> form = byTaskKey.get(task.taskKey());
        if (form == null) {
            throw new InvalidInputException("This task has no form to complete it with");
        }
        return completeWith(form, task, answers);
    }

    private <F> Map<String, Object> completeWith(TaskForm<F> form, WorkedTask task, JsonNode answers) {
        F typed;
        try {
            typed = json.treeToValue(answers == null ? json.createObjectNode() : answers, form.formType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException("The answers are not in the form's shape");
        }
        Set<ConstraintViolation<F>> violations = validator.validate(typed);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return form.complete(task, typed);
    }
}
