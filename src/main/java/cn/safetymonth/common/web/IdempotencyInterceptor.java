package cn.safetymonth.common.web;

import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.common.auth.Principals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A submission with an idempotency key is done once per caller and key: a retry after a lost answer, a double tap or a
 * second device gets the first successful answer again (with {@code Idempotent-Replayed: true}). The key is bound to the
 * request: the same key with another method, path or body answers 1013. Only a success is kept, so a refused request
 * can be corrected and sent again with its key. A retry while the first request still runs waits for it (up to
 * {@link IdempotencyProperties#inProgressWait()}) and then gets its answer, or 1012 if it is still running.
 * Runs after authentication, because a key belongs to the person, whose token may change when they log in again;
 * {@link IdempotencyFilter} holds the transaction this claim and the work share.
 */
@Component
public class IdempotencyInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String CLAIM = IdempotencyInterceptor.class.getName() + ".claim";
    static final String REPLAY = IdempotencyInterceptor.class.getName() + ".replay";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final IdempotencyStore store;

    IdempotencyInterceptor(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**").order(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new KeyResolver());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        String actor = Principals.currentActor();
        if (!(request.getAttribute(IdempotencyFilter.KEY) instanceof RequestKey key) || key.value() == null || actor == null) {
            return true;
        }
        if (!KEY.matcher(key.value()).matches()) {
            throw CommonErrorCodes.INVALID_FIELD.exception("字段 " + key.field() + "：须为 8–64 位字母、数字、- 或 _");
        }
        if (key.conflict() != null) {
            throw CommonErrorCodes.INVALID_FIELD.exception("字段 " + key.conflict() + "：与请求头 " + HEADER
                    + " 不一致，二者是同一个幂等键，只发请求头即可");
        }
        String fingerprint = Fingerprint.of(request, (byte[]) request.getAttribute(IdempotencyFilter.BODY));
        IdempotencyStore.Claim claim = store.claim(actor, key.value(), fingerprint);
        if (claim.won()) {
            request.setAttribute(CLAIM, claim);
            return true;
        }
        IdempotencyStore.Answer answer = claim.answer();
        if (!answer.fingerprint().equals(fingerprint)) {
            throw CommonErrorCodes.IDEMPOTENCY_KEY_REUSED.exception();
        }
        request.setAttribute(REPLAY, Boolean.TRUE);
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setHeader(REPLAYED, "true");
        if (answer.body() != null) {
            response.getOutputStream().write(answer.body());
        }
        return false;
    }

    /** Gives handlers the request's {@link IdempotencyKey}. */
    private static final class KeyResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == IdempotencyKey.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest webRequest,
                                      WebDataBinderFactory binderFactory) {
            HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
            Object key = request == null ? null : request.getAttribute(IdempotencyFilter.KEY);
            return new IdempotencyKey(key instanceof RequestKey k ? k.value() : null);
        }
    }
}
