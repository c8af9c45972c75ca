package cn.safetymonth.audit;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.auth.Principals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;
import java.util.stream.Collectors;

/** Writes the audit line of every {@link Audited} endpoint a staff member calls. */
@Component
class AuditInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);
    /** The query parameters that say what was looked at; anything else (a search text) stays out of the log. */
    private static final List<String> SCOPE = List.of("unionId", "period", "subtree", "state", "from", "to", "kind");

    private final AuditLog audit;

    AuditInterceptor(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/admin/**").order(Ordered.LOWEST_PRECEDENCE - 2);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Audited audited = audited(handler);
        if (audited != null && HttpMethod.GET.matches(request.getMethod())) {
            write(audited, request); // a view that cannot be traced is not served
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Audited audited = audited(handler);
        if (audited == null || HttpMethod.GET.matches(request.getMethod()) || ex != null || response.getStatus() >= 300) {
            return;
        }
        try {
            write(audited, request);
        } catch (RuntimeException e) { // the change is done and answered: say loudly that its line is missing
            log.error("audit line {} for {} {} could not be written", audited.value(), request.getMethod(), request.getRequestURI(), e);
        }
    }

    private void write(Audited audited, HttpServletRequest request) {
        if (!(request.getAttribute(Principals.ADMIN_ATTR) instanceof AdminPrincipal admin)) {
            return; // refused before a staff member was known: the refusal is not the act
        }
        String scope = SCOPE.stream().filter(p -> request.getParameter(p) != null)
                .map(p -> p + "=" + request.getParameter(p)).collect(Collectors.joining("&"));
        audit.record(audited.value(), AuditActor.of(admin), null, null,
                request.getMethod() + " " + request.getRequestURI() + (scope.isEmpty() ? "" : "?" + scope));
    }

    private static Audited audited(Object handler) {
        return handler instanceof HandlerMethod method ? method.getMethodAnnotation(Audited.class) : null;
    }
}
