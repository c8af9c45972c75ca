package cn.safetymonth.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;

/**
 * Keeps the answer of a submission that claimed its idempotency key (see {@link IdempotencyInterceptor}), so a retry
 * gets it again. Answers the retry could change are not kept and free the key: a 5xx, a 429 (too fast), an answer too
 * large to keep.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class IdempotencyFilter extends OncePerRequestFilter {

    private static final int MAX_KEPT_BYTES = 256 * 1024;

    private final IdempotencyStore store;

    IdempotencyFilter(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !IdempotencyInterceptor.applies(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean answered = false;
        try {
            chain.doFilter(request, wrapper);
            answered = true;
        } finally {
            settle(request, wrapper, answered);
            wrapper.copyBodyToResponse();
        }
    }

    private void settle(HttpServletRequest request, ContentCachingResponseWrapper wrapper, boolean answered) {
        if (!(request.getAttribute(IdempotencyInterceptor.CLAIM) instanceof IdempotencyStore.Claim claim)) {
            return;
        }
        int status = wrapper.getStatus();
        if (answered && status < 500 && status != 429 && wrapper.getContentSize() <= MAX_KEPT_BYTES) {
            store.keep(claim, new IdempotencyStore.Answer(IdempotencyInterceptor.requestLine(request), status,
                    wrapper.getContentType(), wrapper.getContentAsByteArray()));
        } else {
            store.release(claim);
        }
    }
}
