package uk.police.ecu.casework.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins on this node, so a monitoring system can alert on a password-guessing run. */
@Component
class LoginFailureMetrics {

    private final Counter failures;

    LoginFailureMetrics(MeterRegistry registry) {
        failures = Counter.builder("casework.login.failures").description("Failed sign-ins on this node")
                .register(registry);
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        failures.increment();
    }
}
