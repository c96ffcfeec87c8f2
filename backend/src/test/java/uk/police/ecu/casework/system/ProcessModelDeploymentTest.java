package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.IntegrationTest;

@IntegrationTest
class ProcessModelDeploymentTest {

    @Autowired
    RepositoryService repository;

    @Autowired
    ProcessEngine engine;

    @Test
    void shouldDeployEveryModelInTheProcessesFolder() throws IOException {
        List<String> files = modelFiles();
        assertThat(files).isNotEmpty();

        for (String file : files) {
            long definitions = file.endsWith(".bpmn")
                    ? repository.createProcessDefinitionQuery().list().stream()
                    .filter(d -> d.getResourceName().equals(file)).count()
                    : repository.createDecisionDefinitionQuery().list().stream()
                    .filter(d -> d.getResourceName().equals(file)).count();
            assertThat(definitions).as("definitions deployed from %s", file).isPositive();
        }
    }

    @Test
    void shouldNotCreateNewVersionsWhenNothingChanged() {
        long before = repository.createProcessDefinitionQuery().count();

        new ProcessModelDeployer().postProcessEngineBuild(engine);

        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(before);
    }

    /**
     * {@code breach-review.bpmn} is the model of process {@code breach-review}, and its paths are in
     * {@code BreachReviewProcessTest}; a model large enough to test stage by stage has one class per stage named
     * after it, such as {@code VictimCareFirstContactProcessTest} for {@code victim-care.bpmn}: a reader finds a
     * model and its tests from its id, and the other way round.
     */
    @Test
    void shouldNameEveryModelFileAfterItsProcessOrDecision_andHaveATestClassOfItsOwn() throws IOException {
        for (String file : modelFiles()) {
            String id = file.substring(0, file.lastIndexOf('.'));
            boolean bpmn = file.endsWith(".bpmn");
            List<String> ids = bpmn
                    ? repository.createProcessDefinitionQuery().latestVersion().list().stream()
                    .filter(d -> d.getResourceName().equals(file)).map(d -> d.getKey()).toList()
                    : repository.createDecisionDefinitionQuery().latestVersion().list().stream()
                    .filter(d -> d.getResourceName().equals(file)).map(d -> d.getKey()).toList();
            assertThat(ids).as("the %s in %s", bpmn ? "process" : "decision", file).containsExactly(id);
            String name = Stream.of(id.split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .collect(Collectors.joining());
            String suffix = (bpmn ? "ProcessTest" : "DecisionTest") + ".java";
            try (Stream<Path> tests = Files.walk(Path.of(System.getProperty("repo.dir", ".."), "backend", "src", "test"))) {
                assertThat(tests.map(p -> p.getFileName().toString()))
                        .as("a test class for %s: %s%s, or one per stage", file, name, suffix)
                        .anyMatch(test -> test.startsWith(name) && test.endsWith(suffix));
            }
        }
    }

    private static List<String> modelFiles() throws IOException {
        Path processes = Path.of(System.getProperty("repo.dir", ".."), "processes");
        try (Stream<Path> paths = Files.list(processes)) {
            return paths.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn"))
                    .sorted().toList();
        }
    }
}
