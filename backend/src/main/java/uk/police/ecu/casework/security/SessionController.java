package uk.police.ecu.casework.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.police.ecu.casework.security.sso.SingleSignOnLogin;
import uk.police.ecu.casework.system.ApiError;
import uk.police.ecu.casework.system.DatabaseOutage;

/** JSON login for the single-page app; logout is Spring Security's, at POST /api/auth/logout. */
@RestController
@RequestMapping("/api/auth")
class SessionController {

    private static final DateTimeFormatter UNLOCK_TIME =
            DateTimeFormatter.ofPattern("HH:mm");

    private final AuthenticationManager authenticationManager;
    private final SessionAuthenticationStrategy sessionStrategy;
    private final SecurityContextRepository contextRepository;
    private final SignInThrottle throttle;
    private final boolean singleSignOn;
    private final Clock clock;

    SessionController(AuthenticationManager authenticationManager, SessionAuthenticationStrategy sessionStrategy,
                      SecurityContextRepository contextRepository, SignInThrottle throttle,
                      ObjectProvider<SingleSignOnLogin> singleSignOn, Clock clock) {
        this.clock = clock;
        this.authenticationManager = authenticationManager;
        this.sessionStrategy = sessionStrategy;
        this.contextRepository = contextRepository;
        this.throttle = throttle;
        this.singleSignOn = singleSignOn.getIfAvailable() != null;
    }

    /** How the login page may sign people in: always with a password, and through the force's sign-on when configured. */
    record SignInOptions(boolean singleSignOn, String singleSignOnPath) {
    }

    record LoginRequest(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 1000) String password) {
    }

    @PostMapping("/login")
    ResponseEntity<?> login(@Valid @RequestBody LoginRequest login, HttpServletRequest request,
                            HttpServletResponse response) {
        String username = login.username().trim();
        String address = request.getRemoteAddr();
        Optional<Instant> refused = throttle.take(username, address);
        if (refused.isPresent()) {
            long seconds = Math.max(1, Duration.between(clock.instant(), refused.get()).toSeconds());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(ApiError.of(429, "Too Many Requests", "Too many attempts to sign in. Try again after "
                            + UNLOCK_TIME.withZone(clock.getZone()).format(refused.get()) + "."));
        }
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, login.password()));
        } catch (AuthenticationException e) {
            if (DatabaseOutage.causedBy(e)) {
                // The password could not be checked at all; saying it is wrong would mislead and count a failure.
                throw e;
            }
            throttle.failed(address);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(ApiError.of(401, "Unauthorized", "The username or password is not right"));
        }
        throttle.succeeded(username, address);
        sessionStrategy.onAuthentication(authentication, request, response);
        issueRotatedCsrfToken(request);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        return ResponseEntity.ok(SessionView.of((CaseworkUser) authentication.getPrincipal(), request));
    }

    /** The login rotated the CSRF token; send the new cookie now so the very next change is accepted. */
    private static void issueRotatedCsrfToken(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null) {
            token.getToken();
        }
    }

    @GetMapping("/sign-in-options")
    SignInOptions signInOptions() {
        return new SignInOptions(singleSignOn, singleSignOn ? SingleSignOnLogin.START_PATH : null);
    }

    /** Who is signed in; 204 when nobody is. Also hands the browser its CSRF cookie. */
    @GetMapping("/session")
    ResponseEntity<SessionView> session(Authentication authentication, HttpServletRequest request) {
        if (authentication != null && authentication.getPrincipal() instanceof CaseworkUser user) {
            return ResponseEntity.ok(SessionView.of(user, request));
        }
        return ResponseEntity.noContent().build();
    }
}
