package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.IntegrationTest;
import uk.police.ecu.casework.fraud.Dissemination;
import uk.police.ecu.casework.fraud.FraudTriageService;
import uk.police.ecu.casework.security.RunAs;

/** An import batch's process starts share one engine command: all of it lands, or none of it. */
@IntegrationTest
class OneEngineCommandIntegrationTest {

    @Autowired
    OneEngineCommand engineCommand;

    @Autowired
    FraudTriageService triage;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    RunAs runAs;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldGiveEveryCaseOfTheBatchItsOwnProcess_firstTask_queueRowAndClock() {
        List<String> references = references(5);

        inOneCommand(references, false);

        for (String reference : references) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
                    .as(reference).isEqualTo(1);
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult()
                    .getTaskDefinitionKey()).isEqualTo("Task_Triage");
            assertThat(jdbc.sql("SELECT subject_name FROM task_projection WHERE case_reference = ?").param(reference)
                    .query(String.class).single()).isEqualTo("Victim of " + reference);
            assertThat(count("SELECT count(*) FROM sla_clock WHERE case_reference = ?", reference)).isPositive();
        }
    }

    @Test
    void shouldLeaveNoCaseProcessQueueRowOrClockWhenTheBatchFailsAfterStartingSome() {
        List<String> references = references(5);

        assertThatThrownBy(() -> inOneCommand(references, true)).hasMessageContaining("the database went away");

        for (String reference : references) {
            assertThat(count("SELECT count(*) FROM crime WHERE crime_reference = ?", reference)).isZero();
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
            assertThat(count("SELECT count(*) FROM task_projection WHERE case_reference = ?", reference)).isZero();
            assertThat(count("SELECT count(*) FROM sla_clock WHERE case_reference = ?", reference)).isZero();
        }
    }

    private void inOneCommand(List<String> references, boolean failAtTheEnd) {
        transaction.executeWithoutResult(tx -> engineCommand.run(() -> {
            references.forEach(reference -> runAs.user("ecu.officer", () -> triage.receive(dissemination(reference))));
            if (failAtTheEnd) {
                throw new IllegalStateException("the database went away");
            }
            return null;
        }));
    }

    private int count(String sql, String reference) {
        return jdbc.sql(sql).param(reference).query(Integer.class).single();
    }

    private static List<String> references(int count) {
        String batch = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return IntStream.rangeClosed(1, count).mapToObj(n -> "NFRC-BATCH-" + batch + "-" + n).toList();
    }

    private static Dissemination dissemination(String reference) {
        return new Dissemination(reference, LocalDate.of(2026, 11, 2), "NFIB3A", Dissemination.VictimType.INDIVIDUAL,
                "Victim of " + reference, null, null, null, null, new BigDecimal("900"), null, null, null, null);
    }
}
