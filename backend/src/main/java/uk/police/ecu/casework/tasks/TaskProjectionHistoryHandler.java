package uk.police.ecu.casework.tasks;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code task_projection} in step with the engine. It runs inside the engine command that
 * changed the task, noting each change; the command's changes are written as it flushes
 * ({@link ProjectionChanges}), so the projection commits or rolls back with the engine's own tables.
 */
@Component
class TaskProjectionHistoryHandler implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricTaskInstanceEventEntity taskEvent) {
            onTaskEvent(taskEvent);
        } else if (event instanceof HistoricIdentityLinkLogEventEntity link && link.getTaskId() != null
                && link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
            if (HistoryEventTypes.IDENTITY_LINK_ADD.getEventName().equals(link.getEventType())) {
                changes().candidateGroupAdded(link.getTaskId(), link.getGroupId());
            } else {
                changes().candidateGroupRemoved(link.getTaskId(), link.getGroupId());
            }
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private void onTaskEvent(HistoricTaskInstanceEventEntity event) {
        String type = event.getEventType();
        if (HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName().equals(type)
                || HistoryEventTypes.TASK_INSTANCE_DELETE.getEventName().equals(type)) {
            changes().removed(event.getTaskId());
        } else if (HistoryEventTypes.TASK_INSTANCE_CREATE.getEventName().equals(type)) {
            changes().created(event.getTaskId());
        } else {
            changes().updated(event.getTaskId());
        }
    }

    private ProjectionChanges changes() {
        return Context.getCommandContext().getSession(ProjectionChanges.class);
    }
}
