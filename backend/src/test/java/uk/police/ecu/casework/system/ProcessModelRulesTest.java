package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Rules every process model keeps, checked in the backend build too (bpmnlint checks the rest in the front-end
 * build, {@code npm run lint:processes}): no case waits at an either-or gateway with no way out, and every approval
 * names the decision it approves so nobody approves their own.
 */
class ProcessModelRulesTest {

    /**
     * Approval tasks with no human decision before them in their own process: the system built what they approve,
     * so there is nobody to keep from approving it.
     */
    private static final Map<String, String> APPROVES_NO_HUMAN_DECISION = Map.of(
            "Task_ApproveReturn", "the monthly return is built by the system (Task_BuildReturn)");

    static Stream<String> models() throws IOException {
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath:processes/*.bpmn");
        assertThat(models).as("process models on the classpath").isNotEmpty();
        return Arrays.stream(models).map(Resource::getFilename).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void shouldGiveEveryEitherOrGatewayADefaultFlowWithNoCondition(String model) throws IOException {
        BpmnModelInstance instance = read(model);

        for (ExclusiveGateway gateway : instance.getModelElementsByType(ExclusiveGateway.class)) {
            if (gateway.getOutgoing().size() < 2) {
                continue;
            }
            SequenceFlow byDefault = gateway.getDefault();
            assertThat(byDefault).as("%s: %s (%s) has a default flow", model, gateway.getId(), gateway.getName())
                    .isNotNull();
            assertThat(byDefault.getConditionExpression()).as("%s: default flow %s has no condition", model,
                    byDefault.getId()).isNull();
            assertThat(gateway.getIncoming().size()).as("%s: %s forks, so it must not also join", model,
                    gateway.getId()).isLessThanOrEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void shouldMakeEveryApprovalNameTheDecisionItApproves(String model) throws IOException {
        BpmnModelInstance instance = read(model);

        for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
            if (!task.getName().startsWith("Approve") || APPROVES_NO_HUMAN_DECISION.containsKey(task.getId())) {
                continue;
            }
            List<String> approves = task.getExtensionElements() == null ? List.of()
                    : task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
                            .stream().flatMap(properties -> properties.getCamundaProperties().stream())
                            .filter(property -> "approves".equals(property.getCamundaName()))
                            .map(CamundaProperty::getCamundaValue).toList();
            assertThat(approves).as("%s: %s declares the task it approves", model, task.getId()).hasSize(1);
            assertThat(instance.<UserTask>getModelElementById(approves.get(0)))
                    .as("%s: %s approves a user task of the same model", model, task.getId()).isNotNull();
        }
    }

    private static BpmnModelInstance read(String model) throws IOException {
        try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:processes/" + model)
                .getInputStream()) {
            return Bpmn.readModelFromStream(in);
        }
    }
}
