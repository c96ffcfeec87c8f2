package uk.police.ecu.casework.security.sso;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.UserRepository;

/**
 * Single sign-on, registered only when {@code CASEWORK_SSO_ISSUER_URI} is set: otherwise there is no
 * client registration, so Spring Boot's OAuth2 client configuration stays off too.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SingleSignOnConfiguration.Configured.class)
class SingleSignOnConfiguration {

    static final String REGISTRATION_ID = "casework";

    static class Configured extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("casework.sso.issuer-uri"))
                    ? ConditionOutcome.match("casework.sso.issuer-uri is set")
                    : ConditionOutcome.noMatch("casework.sso.issuer-uri is not set");
        }
    }

    /** Reads the provider's discovery document now, so a wrong issuer stops start-up with its reason. */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(SingleSignOnSettings settings) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri().trim())
                .registrationId(REGISTRATION_ID)
                .clientName("Force single sign-on")
                .clientId(required(settings.clientId(), "CASEWORK_SSO_CLIENT_ID (casework.sso.client-id)"))
                .clientSecret(required(settings.clientSecret(), "CASEWORK_SSO_CLIENT_SECRET (casework.sso.client-secret)"))
                .scope(settings.scopes())
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    GroupMapping singleSignOnGroupMapping(SingleSignOnSettings settings) {
        return GroupMapping.parse(settings.roleMapping(), settings.teamMapping());
    }

    @Bean
    SingleSignOnLogin singleSignOnLogin(SingleSignOnSettings settings, GroupMapping mapping, UserRepository users,
                                        SecurityContextRepository contextRepository, AuditLog audit,
                                        TransactionTemplate transaction) {
        return new SingleSignOnLogin(new SingleSignOnUserService(settings, mapping, users), mapping, users,
                contextRepository, audit, transaction);
    }

    /**
     * The provider sends the browser back with a navigation from its own site, which a SameSite=Strict
     * session cookie would not go with, losing the login under way. Lax lets that top-level GET carry it;
     * every change still needs the CSRF token, whose cookie stays Strict.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> laxSessionCookieForSingleSignOn() {
        return new LaxSessionCookie();
    }

    private static final class LaxSessionCookie implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.getSession().getCookie().setSameSite(SameSite.LAX);
        }

        /** After Spring Boot has applied the server.servlet.session settings. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private static String required(String value, String setting) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(setting + " is not set");
        }
        return value.trim();
    }
}
