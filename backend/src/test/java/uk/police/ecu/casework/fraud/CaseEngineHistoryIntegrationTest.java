package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.ecu.casework.fraud.FraudJourney.openTask;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/**
 * What the engine keeps of a fraud case's history (system.KeptEngineHistory): the path, the tasks and who did
 * them, and the Victims' Code version; not the forms' answers, each change of a variable or who could once work
 * on a task. The task list, which hears of those last changes, still works.
 */
@IntegrationTest
class CaseEngineHistoryIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    private FraudJourney journey;

    @BeforeEach
    void startJourney() {
        journey = new FraudJourney(port, "NFRC-EH");
    }

    @AfterEach
    void cleanUp() {
        journey.endProcesses(runtime);
    }

    @Test
    void shouldKeepThePathAndTheTasksOfACase_andNotItsVariablesChangesOrCandidates() {
        String reference = journey.allocatedTo(journey.received(), "ecu.officer");
        String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(FraudTriageService.PROCESS_KEY).singleResult().getId();

        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
                .extracting(HistoricActivityInstance::getActivityId).contains("Task_Triage", "Task_InvestigationPlan");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).taskDefinitionKey("Task_Triage")
                .finished().singleResult().getAssignee()).isEqualTo("ecu.officer");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .extracting(v -> v.getName()).containsExactly(FraudProcessVariables.VICTIMS_CODE_VERSION);
        assertThat(runtime.getVariable(instance, FraudProcessVariables.TRIAGE_DECISION))
                .as("the running case still has the variables that route it").isEqualTo("ALLOCATE_ECU");
        assertThat(rows("SELECT count(*) FROM public.act_hi_detail WHERE proc_inst_id_ = ?", instance)).isZero();
        assertThat(rows("""
                SELECT count(*) FROM public.act_hi_identitylink l JOIN public.act_hi_taskinst t ON t.id_ = l.task_id_
                WHERE t.proc_inst_id_ = ?""", instance)).isZero();

        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        assertThat(openTask(officer, "mine", reference, "Task_InvestigationPlan"))
                .as("the officer's list still shows the plan allocated to them").isNotNull();
    }

    private long rows(String sql, String instance) {
        return jdbc.sql(sql).param(instance).query(Long.class).single();
    }
}
