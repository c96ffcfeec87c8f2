package uk.police.ecu.casework.tasks;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The task changes of one engine command: an engine session, written to the projection when the command
 * flushes its sessions, in the same transaction as the engine's own rows. A new task is created, given its
 * candidate teams and then its due date by the SLA listener, each a separate engine event; written at the
 * flush it is one insert with its final state instead of four statements. A failed command never flushes,
 * so its changes are dropped with it.
 */
final class ProjectionChanges implements Session {

    private final TaskProjectionWriter writer;
    private final Map<String, Change> changes = new LinkedHashMap<>();

    private ProjectionChanges(TaskProjectionWriter writer) {
        this.writer = writer;
    }

    /** Opens one per engine command that changes a task. */
    static SessionFactory factory(TaskProjectionWriter writer) {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ProjectionChanges.class;
            }

            @Override
            public Session openSession() {
                return new ProjectionChanges(writer);
            }
        };
    }

    void created(String taskId) {
        change(taskId).created = true;
    }

    void updated(String taskId) {
        change(taskId).updated = true;
    }

    void candidateGroupAdded(String taskId, String group) {
        Change change = change(taskId);
        change.removedGroups.remove(group);
        change.addedGroups.add(group);
    }

    void candidateGroupRemoved(String taskId, String group) {
        Change change = change(taskId);
        change.addedGroups.remove(group);
        change.removedGroups.add(group);
    }

    void removed(String taskId) {
        Change change = change(taskId);
        if (change.created) {
            changes.remove(taskId);
        } else {
            change.removed = true;
        }
    }

    private Change change(String taskId) {
        return changes.computeIfAbsent(taskId, id -> new Change());
    }

    @Override
    public void flush() {
        CommandContext command = Context.getCommandContext();
        changes.forEach((taskId, change) -> write(command, taskId, change));
        changes.clear();
    }

    private void write(CommandContext command, String taskId, Change change) {
        if (change.removed) {
            writer.remove(taskId);
            return;
        }
        TaskEntity task = command.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return;
        }
        if (change.created) {
            writer.insert(task, Stream.concat(TaskProjectionWriter.candidateGroups(task).stream(),
                    change.addedGroups.stream()).filter(g -> !change.removedGroups.contains(g)).distinct().toList());
            return;
        }
        change.addedGroups.forEach(group -> writer.addCandidateGroup(taskId, group));
        change.removedGroups.forEach(group -> writer.removeCandidateGroup(taskId, group));
        if (change.updated) {
            writer.update(task);
        }
    }

    @Override
    public void close() {
        changes.clear();
    }

    private static final class Change {
        private boolean created;
        private boolean updated;
        private boolean removed;
        private final Set<String> addedGroups = new HashSet<>();
        private final Set<String> removedGroups = new HashSet<>();
    }
}
