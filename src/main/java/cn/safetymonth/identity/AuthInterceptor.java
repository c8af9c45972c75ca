package cn.safetymonth.identity;

import cn.safetymonth.common.BizException;
import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.common.ErrorCode;
import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AccessRules;
import cn.safetymonth.common.auth.PersonalDataWrite;
import cn.safetymonth.common.auth.Principals;
import cn.safetymonth.common.auth.WorkerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Resolves who is calling, once per request, and lets them in only where the endpoint's {@link Access} says: a worker's
 * token for WORKER, a staff member's for STAFF (of one of its roles, when it names roles), none for ANYONE. A staff
 * member who still has to change the first password reaches only what is declared callable before; a worker who has
 * not accepted the privacy notice in force may not reach an endpoint marked {@link PersonalDataWrite}.
 */
@Component
class AuthInterceptor implements HandlerInterceptor {

    static final String BEARER = "Bearer ";

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
        if (!(handler instanceof HandlerMethod method)) {
            return true; // static resources and the error page: nothing of anyone's
        }
        Access access = AccessRules.of(method).orElseThrow(CommonErrorCodes.FORBIDDEN::exception); // AccessCheck stops that at start
        switch (access.value()) {
            case ANYONE -> {
            }
            case WORKER -> {
                String token = token(request);
                long workerId = tokens.workerOf(token)
                        .orElseThrow(() -> wrongAudience(tokens.adminOf(token).isPresent(), CommonErrorCodes.WORKERS_ONLY));
                Principals.bindWorker(request, new WorkerPrincipal(workerId));
                if (method.hasMethodAnnotation(PersonalDataWrite.class) && !consents.hasAcceptedCurrent(workerId)) {
                    throw CommonErrorCodes.PRIVACY_CONSENT_REQUIRED.exception();
                }
            }
            case STAFF -> {
                String token = token(request);
                AdminAuthService.Resolved who = admins.resolve(token)
                        .orElseThrow(() -> wrongAudience(tokens.workerOf(token).isPresent(), CommonErrorCodes.STAFF_ONLY));
                if (who.mustChangePassword() && !access.beforePasswordChange()) {
                    throw IdentityErrorCodes.PASSWORD_CHANGE_REQUIRED.exception();
                }
                if (!AccessRules.allows(access, who.principal().role())) {
                    throw access.refusal().isEmpty() ? CommonErrorCodes.FORBIDDEN.exception()
                            : CommonErrorCodes.FORBIDDEN.exception(access.refusal());
                }
                Principals.bindAdmin(request, who.principal());
            }
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Principals.clear();
    }

    /** A valid token of the other audience is a 403 that says who may do this, not a request to log in again. */
    private static BizException wrongAudience(boolean otherAudience, ErrorCode forbidden) {
        return otherAudience ? forbidden.exception() : CommonErrorCodes.UNAUTHORIZED.exception();
    }

    static String token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith(BEARER) || header.length() > BEARER.length() + 100) {
            throw CommonErrorCodes.UNAUTHORIZED.exception();
        }
        return header.substring(BEARER.length()).trim();
    }
}
