package uk.police.ecu.casework.operations;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.shared.ConflictException;
import uk.police.ecu.casework.shared.NotFoundException;

/** Open incidents of the engine, described in the words of the process models, and their retry. */
@Service
class Incidents {

    static final String FAILED_JOB = "failedJob";

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ManagementService management;
    private final AuditLog audit;
    private final Clock clock;

    Incidents(RuntimeService runtime, RepositoryService repository, ManagementService management, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.runtime = runtime;
        this.repository = repository;
        this.management = management;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public List<Incident> open() {
        return runtime.createIncidentQuery().orderByIncidentTimestamp().desc().list().stream()
                .map(this::describe).toList();
    }

    /**
     * Gives a failed step one more try, for when its cause has been mended. The step runs as soon as
     * the job executor next looks, not after the model's retry interval.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Incident retry(String id) {
        org.camunda.bpm.engine.runtime.Incident incident = find(id);
        if (!FAILED_JOB.equals(incident.getIncidentType())) {
            throw new ConflictException("This incident is not a failed step, so it cannot be retried here; resolve it in Cockpit");
        }
        Incident described = describe(incident);
        management.setJobRetries(1).jobId(incident.getConfiguration()).dueDate(Date.from(clock.instant())).execute();
        audit.record(AuditEntry.alteration("incident", List.of(id), Map.of(
                "action", "retry", "process", described.process(), "businessKey", nullToEmpty(described.businessKey()),
                "activity", described.activity(), "message", nullToEmpty(described.message()))));
        return new Incident(described.id(), described.process(), described.processInstanceId(), described.businessKey(),
                described.activityId(), described.activity(), described.message(), described.occurredAt(), 1);
    }

    private org.camunda.bpm.engine.runtime.Incident find(String id) {
        return Optional.ofNullable(runtime.createIncidentQuery().incidentId(id).singleResult())
                .orElseThrow(() -> new NotFoundException("There is no open incident " + id + "; it may have been resolved already"));
    }

    private Incident describe(org.camunda.bpm.engine.runtime.Incident incident) {
        ProcessDefinition definition = repository.getProcessDefinition(incident.getProcessDefinitionId());
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(incident.getProcessInstanceId()).singleResult();
        return new Incident(incident.getId(),
                definition.getName() == null ? definition.getKey() : definition.getName(),
                incident.getProcessInstanceId(),
                instance == null ? null : instance.getBusinessKey(),
                incident.getActivityId(),
                activityName(definition, incident.getActivityId()),
                incident.getIncidentMessage(),
                incident.getIncidentTimestamp().toInstant(),
                retriesLeft(incident));
    }

    private String activityName(ProcessDefinition definition, String activityId) {
        FlowElement element = repository.getBpmnModelInstance(definition.getId()).getModelElementById(activityId);
        return element == null || element.getName() == null ? activityId : element.getName();
    }

    private int retriesLeft(org.camunda.bpm.engine.runtime.Incident incident) {
        if (!FAILED_JOB.equals(incident.getIncidentType())) {
            return 0;
        }
        Job job = management.createJobQuery().jobId(incident.getConfiguration()).singleResult();
        return job == null ? 0 : job.getRetries();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
