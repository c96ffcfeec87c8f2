package uk.police.ecu.casework.security;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.ecu.casework.audit.AuditLog;

/** The engine's webapps behind the product's login, read only ({@link EngineOperators}) and audited. */
@Configuration(proxyBeanMethods = false)
class CamundaWebappConfiguration {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.addInitParameter("authentication-provider", CamundaWebappAuthentication.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineToolsEntrance> engineToolsEntrance() {
        FilterRegistrationBean<EngineToolsEntrance> registration = new FilterRegistrationBean<>(new EngineToolsEntrance());
        registration.addUrlPatterns("/camunda", "/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineToolsAudit> engineToolsAudit(AuditLog audit) {
        FilterRegistrationBean<EngineToolsAudit> registration = new FilterRegistrationBean<>(new EngineToolsAudit(audit));
        registration.addUrlPatterns("/camunda/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
