package cn.safetymonth.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A staff operation that leaves a line in the audit log, declared where the endpoint is (like {@code @Access}) and
 * written by {@link AuditInterceptor}: who, when, which operation on which path (ids, union, period: never personal
 * data), from which client address. A view or export is written before it is served, and is refused if the line cannot
 * be written; a change is written once it has succeeded (2xx), so a refused one leaves none.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    AuditKind value();
}
