package uk.police.ecu.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The one set-up every process test shares (use it through {@link ProcessTest}): Camunda's JUnit 5 extension on
 * the application's engine, not an engine of its own, so each test runs the deployed models with the real task
 * listeners and delegates; {@link BpmnAwareTests} bound to that engine before each test; and, after each test, the
 * engine's clock (which is the product's {@code Clock}) back to real time, as Camunda's extension does.
 * Also the dates process tests read and set, in the force's time zone.
 */
public final class ProcessEngineFixture
        implements BeforeEachCallback, BeforeTestExecutionCallback, AfterTestExecutionCallback {

    /** The force's time zone, in which due dates are read and times are set. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ProcessEngineFixture.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
        BpmnAwareTests.init(engine);
        context.getStore(NAMESPACE).put(ProcessEngineExtension.class,
                ProcessEngineExtension.builder().useProcessEngine(engine).build());
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        camunda(context).beforeTestExecution(context);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        camunda(context).afterTestExecution(context);
    }

    /** 10:00 in London on that day. */
    public static Date at(int year, int month, int day) {
        return at(year, month, day, 10);
    }

    /** That hour in London on that day. */
    public static Date at(int year, int month, int day, int hour) {
        return Date.from(LocalDate.of(year, month, day).atTime(hour, 0).atZone(LONDON).toInstant());
    }

    /** Midnight in London at the start of that day, when a timer due that day fires. */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(LONDON).toInstant());
    }

    /** The day a task falls due, in London. */
    public static LocalDate dueDay(Task task) {
        return LocalDate.ofInstant(task.getDueDate().toInstant(), LONDON);
    }

    private static ProcessEngineExtension camunda(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(ProcessEngineExtension.class, ProcessEngineExtension.class);
    }
}
