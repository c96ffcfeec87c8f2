package uk.police.ecu.casework.fraud;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.demo.DemoData;
import uk.police.ecu.casework.security.RunAs;

/** Disseminations awaiting triage, so the ECU queues are not empty on first sign-in. */
@Component
class FraudDemoCases implements DemoData {

    private final FraudTriageService triage;
    private final RuntimeService runtime;
    private final RunAs runAs;

    FraudDemoCases(FraudTriageService triage, RuntimeService runtime, RunAs runAs) {
        this.triage = triage;
        this.runtime = runtime;
        this.runAs = runAs;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        if (runtime.createProcessInstanceQuery().processDefinitionKey(FraudTriageService.PROCESS_KEY).count() > 0) {
            return;
        }
        runAs.user("ecu.supervisor", () -> {
            triage.startTriage(new Dissemination("NFRC240101001", "NFIB1D", "Margaret Ellis"));
            triage.startTriage(new Dissemination("NFRC240101002", "NFIB3A", "Derek Owusu"));
            triage.startTriage(new Dissemination("NFRC240101003", "NFIB90", "Harlow Joinery Ltd"));
        });
    }
}
