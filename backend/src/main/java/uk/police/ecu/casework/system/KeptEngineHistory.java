package uk.police.ecu.casework.system;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Writes the part of the engine's history the product and its operators read, and not the rest.
 *
 * <p>Kept: process, activity and task instances (the case page's timeline and diagram, the four-eyes rule,
 * the process tests' paths), decisions, incidents, the job log and the user operation log. Not written:
 * every variable's value after each change ({@code ACT_HI_DETAIL}), the history of who could work on a task
 * ({@code ACT_HI_IDENTITYLINK}; the task list's projection still receives those events), and the history of
 * every variable but the few named in {@code casework.engine-history.kept-variables}. A national year wrote
 * about half its 19 GB into those three tables, and what they held is in the product's own records and
 * audit trail: the forms' answers, the victim's details, who was offered which task. Keeping personal data
 * out of the engine's history also leaves less for a retention erasure to find.
 *
 * <p>The engine still runs at history level {@code full}, so every event is produced and the task list's
 * projection sees each one; only what is stored changes, and a database from before keeps its rows.
 */
final class KeptEngineHistory extends DbHistoryEventHandler {

    private final Set<String> keptVariables;

    KeptEngineHistory(Set<String> keptVariables) {
        this.keptVariables = Set.copyOf(keptVariables);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (isKept(event)) {
            super.handleEvent(event);
        }
    }

    boolean isKept(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return keptVariables.contains(variable.getVariableName());
        }
        return !(event instanceof HistoricIdentityLinkLogEventEntity);
    }

    /** A kept variable's history is its latest value, as at history level {@code audit}: no detail per change. */
    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return false;
    }
}
