package uk.police.ecu.casework.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import uk.police.ecu.casework.security.sso.SingleSignOnLogin;

/**
 * Session login for the single-page app, plus the force's single sign-on when it is configured. URL
 * rules are the outer fence (API needs a login, engine tools need an administrator); each endpoint's
 * own role check sits on its method.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonSecurityErrors errors,
                                            CsrfTokenRepository csrfTokens,
                                            ObjectProvider<SingleSignOnLogin> singleSignOn,
                                            @Value("${casework.metrics.scraper-token:}") String scraperToken)
            throws Exception {
        http
                .addFilterBefore(new MetricsScraperToken(scraperToken), AuthorizationFilter.class)
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                        // The engine's webapps run their own CSRF protection on their own cookie.
                        .ignoringRequestMatchers(antMatcher("/camunda/**")))
                .securityContext(context -> context.securityContextRepository(securityContextRepository()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // A refused request is not kept for after a login: that would make a session for every stranger.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(headers -> headers
                        // The engine's webapps send their own policy; two policies would intersect and break them.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(antMatcher("/camunda/**")),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(auth -> auth
                        // The engine's own tools are for looking (Cockpit): no REST API, Tasklist or Admin, which
                        // would let someone work, change or deploy outside the product's rules and audit.
                        .requestMatchers(ENGINE_TOOLS_CLOSED).denyAll()
                        .requestMatchers(antMatcher("/camunda/**")).hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers(antMatcher("/actuator/health/**"), antMatcher("/actuator/info")).permitAll()
                        // Business figures (queues, SLA breaches, imports) are for the service's administrators,
                        // and for a monitoring system holding the scraper's token.
                        .requestMatchers(antMatcher(HttpMethod.GET, MetricsScraperToken.PATH))
                        .hasAnyAuthority("ROLE_" + Role.ADMINISTRATOR.name(), MetricsScraperToken.AUTHORITY)
                        .requestMatchers(antMatcher(HttpMethod.POST, "/api/auth/login"),
                                antMatcher(HttpMethod.GET, "/api/auth/session"),
                                antMatcher(HttpMethod.GET, "/api/auth/sign-in-options")).permitAll()
                        .requestMatchers(antMatcher("/api/**"), antMatcher("/v3/api-docs/**"),
                                antMatcher("/swagger-ui/**"), antMatcher("/swagger-ui.html")).authenticated()
                        .requestMatchers(singlePageApp()).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(errors.unauthenticated(), antMatcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                request -> true)
                        .accessDeniedHandler(errors.forbidden()))
                .logout(logout -> logout
                        .logoutRequestMatcher(antMatcher(HttpMethod.POST, "/api/auth/logout"))
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID", SessionCsrfTokens.COOKIE)
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable());
        SingleSignOnLogin sso = singleSignOn.getIfAvailable();
        if (sso != null) {
            sso.configure(http);
        }
        return http.build();
    }

    private static final RequestMatcher ENGINE_TOOLS_CLOSED = request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/engine-rest") || path.startsWith("/camunda/app/admin")
                || path.startsWith("/camunda/app/tasklist") || path.startsWith("/camunda/api/tasklist")
                || (path.startsWith("/camunda/api/admin") && !path.startsWith("/camunda/api/admin/auth/"))
                || (path.startsWith("/camunda/api/admin/auth/") && path.contains("/login"));
    };

    /** GETs of the app's pages and static files; everything else must match an explicit rule. */
    private static RequestMatcher singlePageApp() {
        return request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return HttpMethod.GET.matches(request.getMethod())
                    && !path.startsWith("/api/") && !path.startsWith("/camunda") && !path.startsWith("/engine-rest")
                    && !path.startsWith("/actuator");
        };
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(JsonSecurityErrors errors) {
        return errors.rejected();
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new SessionCsrfTokens();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SessionAuthenticationStrategy sessionAuthenticationStrategy(CsrfTokenRepository csrfTokens) {
        return new CompositeSessionAuthenticationStrategy(List.of(
                new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(CaseworkUserDetailsService users, PasswordEncoder passwords,
                                                AuthenticationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        ProviderManager manager = new ProviderManager(provider);
        // Successes and failures become events, which the audit trail records.
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
