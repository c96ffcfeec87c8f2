package uk.police.ecu.casework.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A {@link DemoData} bean, made only when demo data is on: a production node has none of the demo's
 * code paths (or its direct writes of back-dated history) in its context at all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Component
@ConditionalOnProperty(name = DemoContribution.SWITCH, havingValue = "true")
@interface DemoContribution {

    String SWITCH = "casework.demo-data.enabled";
}
