package cn.safetymonth.identity;

import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AccessRules;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.Map;

/**
 * An endpoint under /api without an {@link Access} declaration stops the application from starting (and so every
 * integration test), instead of being open or closed by accident. A role list on a worker or open endpoint is refused
 * too: it would never be read.
 */
@Component
class AccessCheck {

    private final RequestMappingHandlerMapping mappings;

    AccessCheck(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @EventListener(ContextRefreshedEvent.class)
    void everyEndpointSaysWhoMayCallIt() {
        List<String> faults = undeclared(mappings.getHandlerMethods());
        if (!faults.isEmpty()) {
            throw new IllegalStateException("Endpoints without a valid @Access declaration: " + faults);
        }
    }

    static List<String> undeclared(Map<RequestMappingInfo, HandlerMethod> handlers) {
        return handlers.entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/api/")))
                .filter(e -> AccessRules.of(e.getValue())
                        .map(a -> a.value() != Access.Caller.STAFF && (a.roles().length > 0 || a.beforePasswordChange()))
                        .orElse(true))
                .map(e -> e.getKey() + " → " + e.getValue().getShortLogMessage())
                .sorted()
                .toList();
    }
}
