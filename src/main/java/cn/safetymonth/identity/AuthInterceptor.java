package cn.safetymonth.identity;

import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.common.auth.PersonalDataWrite;
import cn.safetymonth.common.auth.Principals;
import cn.safetymonth.common.auth.WorkerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Set;

/**
 * Resolves who is calling, once per request: workers under /api/app/**, union staff under
 * /api/admin/**. An admin who still has to change the first password may do only that; a worker who has not
 * accepted the privacy notice in force may not reach an endpoint marked {@link PersonalDataWrite}.
 */
@Component
class AuthInterceptor implements HandlerInterceptor {

    static final String BEARER = "Bearer ";
    private static final Set<String> OPEN = Set.of("/api/app/auth/login", "/api/admin/auth/login", "/api/admin/auth/login-code");
    private static final Set<String> ALLOWED_BEFORE_PASSWORD_CHANGE =
            Set.of("/api/admin/auth/password", "/api/admin/auth/logout", "/api/admin/auth/me");

    private final TokenStore tokens;
    private final AdminAuthService admins;
    private final ConsentService consents;

    AuthInterceptor(TokenStore tokens, AdminAuthService admins, ConsentService consents) {
        this.tokens = tokens;
        this.admins = admins;
        this.consents = consents;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN.contains(path)) {
            return true;
        }
        String token = token(request);
        if (path.startsWith("/api/app/")) {
            long workerId = tokens.workerOf(token).orElseThrow(CommonErrorCodes.UNAUTHORIZED::exception);
            Principals.bindWorker(request, new WorkerPrincipal(workerId));
            if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(PersonalDataWrite.class)
                    && !consents.hasAcceptedCurrent(workerId)) {
                throw CommonErrorCodes.PRIVACY_CONSENT_REQUIRED.exception();
            }
        } else if (path.startsWith("/api/admin/")) {
            AdminAuthService.Resolved who = admins.resolve(token).orElseThrow(CommonErrorCodes.UNAUTHORIZED::exception);
            if (who.mustChangePassword() && !ALLOWED_BEFORE_PASSWORD_CHANGE.contains(path)) {
                throw IdentityErrorCodes.PASSWORD_CHANGE_REQUIRED.exception();
            }
            Principals.bindAdmin(request, who.principal());
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Principals.clear();
    }

    static String token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith(BEARER) || header.length() > BEARER.length() + 100) {
            throw CommonErrorCodes.UNAUTHORIZED.exception();
        }
        return header.substring(BEARER.length()).trim();
    }
}
