package uk.police.ecu.casework.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The CSRF token lives in the user's session, so a token is good only for the session it was issued to: a
 * cookie and header pair planted by someone else (a sibling site, a man in the middle on plain HTTP) does
 * not match it. The single-page app still reads it from a cookie and echoes it in a header. A session is
 * made only when the app starts ({@code GET /api/auth/session}) or one exists already: a stranger's request
 * refused with 401 leaves nothing behind on the server.
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "ECU-XSRF-TOKEN";
    static final String HEADER = "X-ECU-XSRF-TOKEN";
    private static final String PARAMETER = "_csrf";
    private static final String ATTRIBUTE = SessionCsrfTokens.class.getName() + ".TOKEN";
    private static final String SESSION_START = "/api/auth/session";

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return new DefaultCsrfToken(HEADER, PARAMETER, UUID.randomUUID().toString());
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
            writeCookie(response, request, "", 0);
            return;
        }
        HttpSession session = request.getSession(startsSession(request));
        if (session != null) {
            session.setAttribute(ATTRIBUTE, token);
            writeCookie(response, request, token.getToken(), -1);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (CsrfToken) session.getAttribute(ATTRIBUTE);
    }

    private static boolean startsSession(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return HttpMethod.GET.matches(request.getMethod()) && path.equals(SESSION_START);
    }

    private static void writeCookie(HttpServletResponse response, HttpServletRequest request, String value, long maxAge) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, value).path("/").sameSite("Strict")
                .secure(request.isSecure()).httpOnly(false).maxAge(maxAge).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }
}
