package uk.police.ecu.casework.security.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.UserRepository;
import uk.police.ecu.casework.system.DatabaseOutage;

/**
 * The OpenID Connect login, present only when single sign-on is configured. The browser starts it at
 * {@link #START_PATH}; the provider sends it back to {@code /login/oauth2/code/casework}, where the
 * code is exchanged, the user mapped, the session id changed and the login audited (by the same
 * listener as a password login). A refusal sends the browser to the login page with a reason.
 */
public class SingleSignOnLogin implements SmartInitializingSingleton {

    public static final String START_PATH = "/oauth2/authorization/" + SingleSignOnConfiguration.REGISTRATION_ID;

    private final SingleSignOnUserService userService;
    private final GroupMapping mapping;
    private final UserRepository users;
    private final SecurityContextRepository contextRepository;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    SingleSignOnLogin(SingleSignOnUserService userService, GroupMapping mapping, UserRepository users,
                      SecurityContextRepository contextRepository, AuditLog audit, TransactionTemplate transaction) {
        this.userService = userService;
        this.mapping = mapping;
        this.users = users;
        this.contextRepository = contextRepository;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** A team mapping that names a team that does not exist stops start-up, rather than silently granting less. */
    @Override
    public void afterSingletonsInstantiated() {
        Set<String> named = mapping.teamIds();
        Set<String> existing = users.existingTeams(named);
        named.stream().filter(team -> !existing.contains(team)).findFirst().ifPresent(team -> {
            throw new IllegalStateException(GroupMapping.TEAM_SETTING + " names team '" + team + "', which does not exist");
        });
    }

    public void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login
                // The app's own page; without it Spring Security would generate one at /login.
                .loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService))
                .successHandler(this::signedIn)
                .failureHandler(this::refused));
    }

    /**
     * The session holds the same principal as after a password login, so every check and audit row
     * treats both alike.
     */
    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        CaseworkUser user = ((SingleSignOnPrincipal) authentication.getPrincipal()).user();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseOutage.causedBy(e)) {
            // Nothing can be checked or audited while the database is away; the login page says to try again shortly.
            response.sendRedirect(request.getContextPath() + "/login?sso=unavailable");
            return;
        }
        String username = e instanceof SingleSignOnRefusedException refusal ? refusal.username() : null;
        String reason = e instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
                : e.getClass().getSimpleName();
        transaction.executeWithoutResult(status ->
                audit.recordFor(username, AuditEntry.loginFailed("single sign-on: " + reason)));
        String outcome = e instanceof SingleSignOnRefusedException ? "refused" : "failed";
        response.sendRedirect(request.getContextPath() + "/login?sso=" + outcome);
    }
}
