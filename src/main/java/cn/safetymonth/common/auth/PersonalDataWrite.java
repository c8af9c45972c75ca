package cn.safetymonth.common.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a worker endpoint that stores personal data (a phone, a real name, a location, a photo, a signature). The
 * authentication interceptor refuses it with {@code CommonErrorCodes.PRIVACY_CONSENT_REQUIRED} until the worker has
 * accepted the current privacy notice: declared here once per endpoint, checked in one place, never in services.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalDataWrite {
}
