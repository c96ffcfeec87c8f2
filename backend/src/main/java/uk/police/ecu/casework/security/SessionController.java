package uk.police.ecu.casework.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import uk.police.ecu.casework.system.ApiError;

/** JSON login for the single-page app; logout is Spring Security's, at POST /api/auth/logout. */
@RestController
@RequestMapping("/api/auth")
class SessionController {

    private final AuthenticationManager authenticationManager;
    private final SessionAuthenticationStrategy sessionStrategy;
    private final SecurityContextRepository contextRepository;

    SessionController(AuthenticationManager authenticationManager, SessionAuthenticationStrategy sessionStrategy,
                      SecurityContextRepository contextRepository) {
        this.authenticationManager = authenticationManager;
        this.sessionStrategy = sessionStrategy;
        this.contextRepository = contextRepository;
    }

    record LoginRequest(@NotBlank String username, @NotBlank String password) {
    }

    @PostMapping("/login")
    ResponseEntity<?> login(@Valid @RequestBody LoginRequest login, HttpServletRequest request,
                            HttpServletResponse response) {
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(login.username().trim(), login.password()));
        } catch (AuthenticationException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(ApiError.of(401, "Unauthorized", "The username or password is not right"));
        }
        sessionStrategy.onAuthentication(authentication, request, response);
        issueRotatedCsrfToken(request);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        return ResponseEntity.ok(SessionView.of((CaseworkUser) authentication.getPrincipal()));
    }

    /** The login rotated the CSRF token; send the new cookie now so the very next change is accepted. */
    private static void issueRotatedCsrfToken(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null) {
            token.getToken();
        }
    }

    /** Who is signed in; 401 when nobody is (also hands the browser its CSRF cookie). */
    @GetMapping("/session")
    ResponseEntity<?> session(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CaseworkUser user) {
            return ResponseEntity.ok(SessionView.of(user));
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ApiError.of(401, "Unauthorized", "Not signed in"));
    }
}
