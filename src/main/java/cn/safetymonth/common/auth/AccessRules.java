package cn.safetymonth.common.auth;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

import java.util.Optional;

/** Reads an endpoint's {@link Access}: the handler's own declaration, else its controller's. */
public final class AccessRules {

    private AccessRules() {
    }

    public static Optional<Access> of(HandlerMethod handler) {
        Access own = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Access.class);
        return Optional.ofNullable(own != null ? own : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Access.class));
    }

    /** Whether a staff member of this role may call the endpoint. */
    public static boolean allows(Access access, AdminRole role) {
        if (access.roles().length == 0) {
            return true;
        }
        for (AdminRole allowed : access.roles()) {
            if (allowed == role) {
                return true;
            }
        }
        return false;
    }
}
