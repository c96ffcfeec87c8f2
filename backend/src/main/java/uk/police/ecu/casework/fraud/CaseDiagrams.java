package uk.police.ecu.casework.fraud;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Where a case stands in its process: the model it runs on (the version it started on, not the newest)
 * with the activities it has finished and those it waits in now.
 */
@Component
public class CaseDiagrams {

    /** The diagram holds no personal data: the model's XML and activity ids only. */
    public record CaseDiagram(String bpmnXml, List<String> completedActivityIds, List<String> activeActivityIds) {
    }

    private final HistoryService history;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    CaseDiagrams(HistoryService history, RuntimeService runtime, RepositoryService repository) {
        this.history = history;
        this.runtime = runtime;
        this.repository = repository;
    }

    Optional<CaseDiagram> of(Crime crime) {
        return of(FraudTriageService.PROCESS_KEY, crime.crimeReference());
    }

    /** The newest instance of a process for a business key (a victim care referral's, for one). */
    public Optional<CaseDiagram> of(String processKey, String businessKey) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst()
                .map(this::diagram);
    }

    private CaseDiagram diagram(HistoricProcessInstance instance) {
        // Cancelled activities (a task cut short by the process ending) were never done, so they are not "completed".
        List<String> completed = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .finished()
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list().stream()
                .filter(activity -> !activity.isCanceled())
                .map(HistoricActivityInstance::getActivityId)
                .distinct()
                .toList();
        List<String> active = instance.getEndTime() == null ? runtime.getActiveActivityIds(instance.getId()) : List.of();
        return new CaseDiagram(xml(instance.getProcessDefinitionId()), completed, active);
    }

    private String xml(String processDefinitionId) {
        try (InputStream model = repository.getProcessModel(processDefinitionId)) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The process model " + processDefinitionId + " could not be read", e);
        }
    }
}
