package uk.police.ecu.casework;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of a process model's paths on the application's own engine and database: the shared
 * {@link IntegrationTest} context, with {@link ProcessEngineFixture} binding Camunda's assertions to its engine
 * and putting the engine's clock back after each test. Read the engine with {@code @Autowired ProcessEngine}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ExtendWith(ProcessEngineFixture.class)
public @interface ProcessTest {
}
