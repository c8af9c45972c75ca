package cn.safetymonth.common.web;

import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.common.auth.Principals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A submission that carries {@code Idempotency-Key} is done once per caller and key: a retry after a lost answer, a
 * double tap or a second device gets the first answer again (with {@code Idempotent-Replayed: true}), a retry while
 * the first still runs gets 1012 (retry shortly), the same key on another request gets 1013. The mini-program client
 * sends one key per user action, so it may retry any submission after a network failure without doing it twice.
 * Runs after authentication, because a key belongs to the person, whose token may change when they log in again.
 */
@Component
public class IdempotencyInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String CLAIM = IdempotencyInterceptor.class.getName() + ".claim";
    static final Set<String> SUBMISSIONS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final IdempotencyStore store;

    IdempotencyInterceptor(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**").order(Ordered.LOWEST_PRECEDENCE);
    }

    static boolean applies(HttpServletRequest request) {
        return request.getHeader(HEADER) != null && SUBMISSIONS.contains(request.getMethod());
    }

    static String requestLine(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        String actor = Principals.currentActor();
        if (!applies(request) || actor == null) {
            return true;
        }
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            throw CommonErrorCodes.INVALID_FIELD.exception("字段 Idempotency-Key：须为 8–64 位字母、数字、- 或 _");
        }
        String line = requestLine(request);
        IdempotencyStore.Outcome outcome = store.claim(actor, key, line);
        if (outcome.claim() != null) {
            request.setAttribute(CLAIM, outcome.claim());
            return true;
        }
        IdempotencyStore.Answer answer = outcome.answer();
        if (!line.equals(answer != null ? answer.request() : outcome.pendingRequest())) {
            throw CommonErrorCodes.IDEMPOTENCY_KEY_REUSED.exception();
        }
        if (answer == null) {
            throw CommonErrorCodes.IDEMPOTENCY_IN_PROGRESS.exception();
        }
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setHeader(REPLAYED, "true");
        response.getOutputStream().write(answer.body());
        return false;
    }
}
