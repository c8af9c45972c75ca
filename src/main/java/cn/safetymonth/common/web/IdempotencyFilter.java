package cn.safetymonth.common.web;

import cn.safetymonth.common.ApiResponse;
import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.common.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Runs a keyed submission (see {@link IdempotencyInterceptor}) in one transaction from its claim to its answer: the
 * services' transactions join it, and on a success the answer is stored in it too, so the write and its record commit
 * together or not at all. The answer reaches the client only after the commit. A refusal, a failure or a replay rolls
 * back: nothing of a refused request stays, and its key is free for the corrected request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String KEY = IdempotencyFilter.class.getName() + ".key";
    static final String BODY = IdempotencyFilter.class.getName() + ".body";
    private static final Set<String> SUBMISSIONS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyStore store;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /** Only a caller's submissions can be keyed: a key belongs to a person. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SUBMISSIONS.contains(request.getMethod()) || request.getHeader("Authorization") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CachedBodyRequest cached = CachedBodyRequest.of(request);
        RequestKey key = RequestKey.of(request, cached.body(), json);
        if (key.value() == null) {
            chain.doFilter(cached, response);
            return;
        }
        request.setAttribute(KEY, key);
        request.setAttribute(BODY, cached.body());
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            store.inOneTransaction(status -> {
                try {
                    chain.doFilter(cached, answer);
                } catch (IOException | ServletException | RuntimeException e) {
                    throw new Escaped(e);
                }
                settle(request, answer, status);
            });
        } catch (Escaped e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof ServletException se) {
                throw se;
            }
            throw (RuntimeException) e.getCause();
        } catch (TransactionException | DataAccessException e) {
            // no connection to begin with, or the commit failed: nothing is known to be done, the retry will tell
            log.warn("keyed submission {} {} not committed: {}", request.getMethod(), request.getRequestURI(), e.getClass().getSimpleName());
            answer.resetBuffer();
            refuse(answer, CommonErrorCodes.SERVICE_UNAVAILABLE);
            answer.setHeader("Retry-After", "1");
        }
        answer.copyBodyToResponse();
    }

    private void settle(HttpServletRequest request, ContentCachingResponseWrapper answer, TransactionStatus status) {
        boolean success = answer.getStatus() >= 200 && answer.getStatus() < 300;
        boolean claimed = request.getAttribute(IdempotencyInterceptor.CLAIM) instanceof IdempotencyStore.Claim;
        if (status.isRollbackOnly()) {
            status.setRollbackOnly(); // rolled back quietly, not as an UnexpectedRollbackException
            if (success) {
                // a service caught a failure inside the shared transaction (a lost race on a unique key) and answered
                // anyway: that answer cannot be committed; the client's retry finds the winner's row
                log.warn("keyed submission {} {} lost a race inside its transaction; answered 1012", request.getMethod(),
                        request.getRequestURI());
                answer.resetBuffer();
                refuse(answer, CommonErrorCodes.IDEMPOTENCY_IN_PROGRESS);
            }
        } else if (claimed && success) {
            store.keep((IdempotencyStore.Claim) request.getAttribute(IdempotencyInterceptor.CLAIM), answer.getStatus(),
                    answer.getContentType(), answer.getContentAsByteArray());
        } else if (claimed || request.getAttribute(IdempotencyInterceptor.REPLAY) != null || !success) {
            status.setRollbackOnly();
        }
    }

    private void refuse(ContentCachingResponseWrapper answer, ErrorCode code) {
        answer.setStatus(code.status().value());
        answer.setContentType(MediaType.APPLICATION_JSON_VALUE);
        answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            answer.getOutputStream().write(json.writeValueAsBytes(ApiResponse.error(code, code.msg())));
        } catch (IOException e) {
            throw new IllegalStateException(e); // a buffer in memory
        }
    }

    /** Carries what the chain threw through the transaction callback, which takes no checked exception. */
    private static final class Escaped extends RuntimeException {
        Escaped(Exception cause) {
            super(cause);
        }
    }
}
