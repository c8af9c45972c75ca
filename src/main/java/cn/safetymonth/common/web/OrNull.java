package cn.safetymonth.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of an answer that comes back {@code null} when there is nothing to say (no union yet, a hazard not found,
 * an attempt still open). The contract declares it nullable (OpenAPI 3.1: {@code type: [string, "null"]}, a reference
 * as {@code oneOf} with {@code null}), so the mini-program's types say so; a field without it is never null, and the
 * suite checks every answer it receives against that promise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface OrNull {
}
