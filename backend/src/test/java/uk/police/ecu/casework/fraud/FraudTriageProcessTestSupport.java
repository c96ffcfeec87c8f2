package uk.police.ecu.casework.fraud;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.police.ecu.casework.ProcessEngineFixture.at;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.fraud.Dissemination.VictimType;
import uk.police.ecu.casework.security.RunAs;

/**
 * What the stage tests of {@code processes/fraud-triage.bpmn} share: crimes disseminated by the NFIB through the
 * service, as an import would, and sent again with a changed loss. Each {@code FraudTriage*ProcessTest} covers one
 * stage of the model; together they cover every path.
 */
abstract class FraudTriageProcessTestSupport {

    @Autowired
    ProcessEngine engine;

    @Autowired
    FraudTriageService triage;

    @Autowired
    CrimeRepository crimes;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcClient jdbc;

    /** A case allocated to ecu.officer, planned and its victim told who is investigating: waiting for its outcome. */
    ProcessInstance toOutcome() {
        ClockUtil.setCurrentTime(at(2026, 3, 2));
        ProcessInstance pi = receive("NFIB3A", "2000", null, LocalDate.of(1980, 1, 1), LocalDate.of(2026, 2, 27));
        complete(task(pi), withVariables("triageDecision", "ALLOCATE_ECU", "allocatedTeam", "ecu-investigations",
                "allocatedOfficer", "ecu.officer"));
        complete(task("Task_InvestigationPlan", pi));
        complete(task("Task_TellVictimOfficer", pi));
        assertThat(pi).isWaitingAt("Task_RecordOutcome");
        return pi;
    }

    FraudTriageService.Received resend(ProcessInstance pi, String loss) {
        Crime known = crimes.find(pi.getBusinessKey()).orElseThrow();
        return runAs.user("ecu.officer", () -> triage.receive(new Dissemination(
                known.crimeReference(), known.reportedDate(), known.originalNfibCode(), VictimType.INDIVIDUAL,
                known.victimName(), known.victimDateOfBirth(), null, null, null, new BigDecimal(loss),
                known.ndmScore(), null, null, null)));
    }

    ProcessInstance receive(String nfibCode, String loss, Integer ndmScore) {
        return receive(nfibCode, loss, ndmScore, LocalDate.of(1980, 1, 1));
    }

    ProcessInstance receive(String nfibCode, String loss, Integer ndmScore, LocalDate victimBorn) {
        return receive(nfibCode, loss, ndmScore, victimBorn, LocalDate.of(2026, 1, 5));
    }

    ProcessInstance receive(String nfibCode, String loss, Integer ndmScore, LocalDate victimBorn,
                            LocalDate reported) {
        String reference = "NFRC-PT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        // A victim of this crime only, so no other test's crimes make them a repeat victim.
        FraudTriageService.Received received = runAs.user("ecu.officer", () -> triage.receive(new Dissemination(
                reference, reported, nfibCode, VictimType.INDIVIDUAL, "Test Victim " + reference, victimBorn, null,
                null, null, new BigDecimal(loss), ndmScore, null, null, null)));
        return runtimeService().createProcessInstanceQuery().processInstanceId(received.processInstanceId())
                .singleResult();
    }
}
